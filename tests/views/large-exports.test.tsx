// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPlainIndex } from '../../src/domain/index-files';
import { DatasetDownloads } from '../../src/views/overview/list/dataset-downloads';
import { fixtureIndex } from '../analysis/index-fixture';
import { plainIndex } from '../analysis/plain-index';
import { captureDownloads, textOf } from '../export/capture-downloads';
import { readCsv } from '../export/read-csv';
import { labelled } from '../testing/labelled-index';

afterEach(() => vi.restoreAllMocks());

/** Incidents enough that their file takes more than one slice of the page's time. */
const SIZE = 30_000;
const index = labelled(readPlainIndex(plainIndex(fixtureIndex(Array.from({ length: SIZE }, (_, i) => ({ published: 20200101 + (i % 28), facets: { phase: [i % 2 ? 'design' : 'operation'] } }))))));

describe('an export of many incidents', () => {
  it('is made a run of parts at a time, the page answering between runs, and says how far it is', async () => {
    const files = captureDownloads();
    // No pause after the click: what ran by then ran inside it.
    const user = userEvent.setup({ delay: null });
    render(<DatasetDownloads index={index} />);
    const answered: number[] = [];
    const button = screen.getByRole('button', { name: 'Download every incident as CSV' });
    await user.click(button);
    // A page that made the whole file inside the click would have it already, before any other task ran.
    setTimeout(() => answered.push(files.length), 0);
    expect(files).toHaveLength(0);
    expect(screen.getByRole('button', { name: /^Preparing the CSV… \d+%$/ })).toBeDefined();
    await waitFor(() => expect(files).toHaveLength(1));
    expect(answered).toEqual([0]);
    const records = readCsv(await textOf(files[0]));
    expect(records.slice(1).map((record) => record[0])).toEqual(Array.from({ length: SIZE }, (_, row) => `incident-${row}`));
    expect(screen.getByRole('button', { name: 'Download every incident as CSV' })).toBeDefined();
  });
});
