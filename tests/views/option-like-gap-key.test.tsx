// @vitest-environment jsdom
import { plainIndex } from '../analysis/plain-index';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type DatasetIndex } from '../../src/domain/schema';
import { useDatasetServer, indexHandlers } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { allRows, barOf, expectedBarValues, rowsWhere, shownBarValues } from './overview-expected';

const { server, dataset } = useDatasetServer();

/**
 * The real index with the Recurring option `__none__` (the spelling links use for "not
 * analysed") written on the first three analysed incidents, beside their other options.
 */
function indexWithGapLikeOption(): { index: DatasetIndex; tagged: number[]; empty: number[] } {
  const index = dataset().index();
  const column = index.facets.recurring;
  const option = column.options.length;
  const analysed = rowsWhere(index, (row) => column.combos[column.rows[row]].length > 0);
  const tagged = analysed.slice(0, 3);
  const combos = [...column.combos];
  const rows = Uint32Array.from(column.rows);
  for (const row of tagged) {
    combos.push([...column.combos[column.rows[row]], option]);
    rows[row] = combos.length - 1;
  }
  const facets = { ...index.facets, recurring: { options: [...column.options, '__none__'], combos, rows } };
  const changed = { ...index, facets };
  const empty = rowsWhere(changed, (row) => combos[rows[row]].length === 0);
  return { index: changed, tagged, empty };
}

function serve(index: DatasetIndex): void {
  server.use(...indexHandlers(plainIndex(index)));
}

describe('an option written as __none__', () => {
  it('is drawn as itself, apart from "not analysed", and filters on its own incidents', async () => {
    const user = userEvent.setup();
    const { index, tagged, empty } = indexWithGapLikeOption();
    expect(empty.length).toBeGreaterThan(0);
    serve(index);
    renderApp('');
    await screen.findByText(`${index.count} of ${index.count} incidents`);
    expect(shownBarValues('recurring')).toEqual(expectedBarValues(index, 'recurring', allRows(index)));
    expect(barOf('recurring', '__none__').className).not.toContain('not-analysed');

    await user.click(barOf('recurring', '__none__'));
    expect(await screen.findByText(`${tagged.length} of ${index.count} incidents`)).toBeDefined();
    expect(within(screen.getByRole('region', { name: 'Active filters' })).getByText('Recurring: __none__')).toBeDefined();
    expect(window.location.search).toBe('?f.recurring=%5F_none__');
  });

  it('leaves links to "not analysed" meaning not analysed', async () => {
    const { index, empty } = indexWithGapLikeOption();
    serve(index);
    renderApp('?f.recurring=__none__');
    expect(await screen.findByText(`${empty.length} of ${index.count} incidents`)).toBeDefined();
    expect(screen.getByText('Recurring: not analysed')).toBeDefined();
  });

  it('opens from its own link', async () => {
    const { index, tagged } = indexWithGapLikeOption();
    serve(index);
    renderApp('?f.recurring=%5F_none__');
    expect(await screen.findByText(`${tagged.length} of ${index.count} incidents`)).toBeDefined();
    expect(screen.getByText('Recurring: __none__')).toBeDefined();
  });
});
