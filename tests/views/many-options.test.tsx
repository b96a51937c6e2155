// @vitest-environment jsdom
import { plainIndex } from '../analysis/plain-index';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { OPTION_LIMIT } from '../../src/analysis/option-groups';
import { FACETS, UNKNOWN } from '../../src/domain/taxonomy';
import { indexHandlers, useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';

const { server, dataset } = useDatasetServer();

const DISTINCT = 5000;
const VOCABULARY = FACETS.domain.options.map((o) => o.id);
const FREE = Array.from({ length: DISTINCT }, (_, k) => `free-text domain ${String(k).padStart(4, '0')}`);
/** What a view draws at most for Domain: its lines, the group included, and "not analysed". */
const MAX_LINES = OPTION_LIMIT + 1;
/** The incidents holding the free-text options; the rest of the 36 have none. */
const WITH_FREE = 30;

/**
 * The bundled dataset with a Domain column as a free-text export could write it: 5,000
 * distinct options spread over the first 30 incidents, each incident keeping its own
 * Domain too. Option k sits on incident k mod 30, and the first ten on two more
 * incidents, so a few options are more frequent than the rest.
 */
function manyDomainsIndex() {
  const index = dataset().index();
  const column = index.facets.domain;
  const options = [...VOCABULARY, UNKNOWN, ...FREE];
  const lists = Array.from(index.facets.domain.rows, (combo) => column.combos[combo].map((k) => options.indexOf(column.options[k])));
  FREE.forEach((_, k) => {
    const at = options.length - DISTINCT + k;
    for (const row of k < 10 ? [k % WITH_FREE, (k + 1) % WITH_FREE, (k + 2) % WITH_FREE] : [k % WITH_FREE]) lists[row].push(at);
  });
  const combos = lists.map((list) => [...new Set(list)].sort((a, b) => a - b));
  return { ...plainIndex(index), facets: { ...index.facets, domain: { options, combos, rows: combos.map((_, row) => row) } } };
}

const elements = () => document.body.querySelectorAll('*').length;

beforeEach(() => {
  server.use(...indexHandlers(manyDomainsIndex()));
});

describe('a facet with 5,000 distinct options', () => {
  it('draws the overview’s Domain panel with the most frequent options and one line for the rest, each findable', async () => {
    const user = userEvent.setup();
    renderApp('');
    const bars = await screen.findByRole('toolbar', { name: 'Domain options' });
    expect(within(bars).getAllByRole('button').length).toBeLessThanOrEqual(MAX_LINES);
    expect(within(bars).getByRole('button', { name: /4,991 rarer options/ })).toBeDefined();
    const panel = screen.getByRole('region', { name: 'Domain' });
    expect(within(panel).getByText(/counts each incident having at least one of 4,991 options outside the taxonomy once/)).toBeDefined();
    await user.click(within(panel).getByText(/the 4,991 rarer options in/));
    const listed = () => [...document.querySelectorAll('.option-group__table tbody th')].map((cell) => cell.textContent);
    expect(listed()).toHaveLength(100);
    fireEvent.change(screen.getByRole('searchbox', { name: /Find one of the 4,991 options/ }), { target: { value: FREE[DISTINCT - 1] } });
    expect(listed()).toEqual([FREE[DISTINCT - 1]]);
  });

  it('filters the overview on the rarer options as one', async () => {
    const user = userEvent.setup();
    renderApp('');
    const bars = await screen.findByRole('toolbar', { name: 'Domain options' });
    await user.click(within(bars).getByRole('button', { name: /4,991 rarer options/ }));
    await waitFor(() => expect(decodeURIComponent(window.location.search)).toContain('f.domain=,other,4991'));
    expect(await screen.findByText(new RegExp(`${WITH_FREE} of 36 incidents`))).toBeDefined();
  });

  it('draws Trends by Domain with a bounded number of series', async () => {
    renderApp('?view=trends&trend=domain');
    await screen.findByRole('heading', { level: 2, name: 'Domain over time' });
    expect(screen.getAllByText('4,991 rarer options').length).toBeGreaterThan(0);
    expect(elements()).toBeLessThan(15_000);
  });

  it('crosses Domain with itself and shows which options occur together without crashing', async () => {
    renderApp('?view=crosstab&rows=domain&cols=domain&co=domain');
    await screen.findByRole('heading', { level: 2, name: 'Domain × Domain' });
    const table = screen.getByRole('group', { name: 'Domain × Domain: incidents per pair of options' });
    expect(table.querySelectorAll('.heat-cell').length).toBeLessThanOrEqual(MAX_LINES ** 2);
    // The section under the table follows in a deferred render, which takes a while with 5,000 options.
    const pairs = await screen.findByRole('group', { name: 'Domain: incidents having each pair of options' }, { timeout: 10_000 });
    expect(pairs.querySelectorAll('.heat-cell').length).toBeLessThanOrEqual(MAX_LINES ** 2);
    expect(within(pairs).getAllByRole('link', { name: /4,991 rarer options/ }).length).toBeGreaterThan(0);
    expect(screen.getByRole('table', { name: 'Domain: the most frequent exact sets of options' })).toBeDefined();
  });

  it('compares cohorts with Domain grouped the same way', async () => {
    renderApp('?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious');
    await screen.findByRole('heading', { level: 2, name: 'Cohort B against cohort A' });
    expect(screen.getAllByText(/4,991 rarer options/).length).toBeGreaterThan(0);
    expect(elements()).toBeLessThan(15_000);
  });
});
