// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlainIndex } from '../../src/domain/schema';
import { FACET_IDS } from '../../src/domain/taxonomy';
import { plainIndex } from '../analysis/plain-index';
import { indexHandlers, useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';

const { server, dataset } = useDatasetServer();

/** The real index with no row: what the prebuild writes when it skips every input. */
function emptyIndex(): PlainIndex {
  const plain = plainIndex(dataset().index());
  const facets = Object.fromEntries(FACET_IDS.map((facet) => [facet, { ...plain.facets[facet], rows: [] }])) as unknown as PlainIndex['facets'];
  return { ...plain, count: 0, id: [], kind: [], published: [], title: [], organizations: { values: [], rows: [], roles: [], names: [], keys: [], of: [] }, facets };
}

const EMPTY_DATASET = /^This dataset holds no incident: the prebuild made none of its inputs one\./;

describe('a dataset without incidents', () => {
  it('says so on the overview, not that the filters match nothing, and leads to Data quality', async () => {
    const user = userEvent.setup();
    server.use(...indexHandlers(emptyIndex()));
    renderApp('');
    expect(await screen.findByText(EMPTY_DATASET)).toBeDefined();
    expect(screen.queryByText('No incident matches these filters.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'See why on Data quality' }));
    expect(new URLSearchParams(window.location.search).get('view')).toBe('quality');
  });

  it('says so on a comparison view, filters or not', async () => {
    server.use(...indexHandlers(emptyIndex()));
    renderApp('?view=trends&f.phase=design');
    expect(await screen.findByText(EMPTY_DATASET)).toBeDefined();
    expect(screen.queryByText('No incident matches these filters.')).toBeNull();
  });

  it('keeps blaming the filters when the dataset has incidents and the filters leave none', async () => {
    renderApp('?view=trends&from=2010&to=2010&f.phase=design&f.boundary=outside_system&f.nature=human_actions&q=zzzzzz');
    expect(await screen.findByText('No incident matches these filters.')).toBeDefined();
    expect(screen.queryByText(EMPTY_DATASET)).toBeNull();
  });
});
