// @vitest-environment jsdom
import { plainIndex } from '../analysis/plain-index';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type DatasetIndex } from '../../src/domain/schema';
import { FACETS } from '../../src/domain/taxonomy';
import type { Deck } from '../../src/presentation/deck-schema';
import { DECK_STORAGE_KEY } from '../../src/presentation/deck-storage';
import { captureDownloads, textOf } from '../export/capture-downloads';
import { readCsvParts } from '../export/read-csv';
import { useDatasetServer, indexHandlers } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { hasOption, optionsOfRow, rowsWhere } from './overview-expected';

const { server, dataset } = useDatasetServer();

const rawIndex = () => dataset().index();

const yearOf = (index: DatasetIndex, row: number): number | null => {
  const date = index.published[row];
  return date === null || date === 0 ? null : Math.floor(date / 10000);
};

/** Every year from the first dated incident's to the last one's, with the rows published in it, by a plain loop. */
function rowsPerYear(index: DatasetIndex): Map<number, number[]> {
  const years = rowsWhere(index, (row) => yearOf(index, row) !== null).map((row) => yearOf(index, row)!);
  const perYear = new Map<number, number[]>();
  for (let year = Math.min(...years); year <= Math.max(...years); year++) perYear.set(year, []);
  rowsWhere(index, () => true).forEach((row) => {
    const year = yearOf(index, row);
    if (year !== null) perYear.get(year)!.push(row);
  });
  return perYear;
}

const region = (name: string) => screen.getByRole('region', { name });

async function renderTrends(search = '?view=trends') {
  renderApp(search);
  await screen.findByRole('heading', { level: 2, name: 'Phase over time' });
}

describe('the trends view', () => {
  it('draws the incidents per period first, and the breakdown by a facet once that is painted', async () => {
    renderApp('?view=trends');
    const totals = await screen.findByRole('region', { name: 'Incidents per year' });
    expect(within(totals).getAllByRole('link').length).toBeGreaterThan(0);
    expect(screen.getByText('Drawing the breakdown')).toBeDefined();
    expect(screen.queryByRole('heading', { level: 2, name: 'Phase over time' })).toBeNull();
    expect(await screen.findByRole('heading', { level: 2, name: 'Phase over time' })).toBeDefined();
    expect(screen.queryByText('Drawing the breakdown')).toBeNull();
  });

  it('draws one bar per year that has incidents, each with the naive count', async () => {
    const index = rawIndex();
    const perYear = [...rowsPerYear(index)].filter(([, rows]) => rows.length > 0);
    await renderTrends();
    const bars = within(region('Incidents per year')).getAllByRole('link');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual(perYear.map(([year, rows]) => `${year}: ${rows.length} ${rows.length === 1 ? 'incident' : 'incidents'}. List them`));
  });

  it('downloads the incidents per year as CSV, every year of the span with its naive count', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const index = rawIndex();
    await renderTrends();
    await user.click(within(region('Incidents per year')).getByRole('button', { name: 'CSV' }));
    const expected = [...rowsPerYear(index)].map(([year, rows]) => [String(year), String(rows.length), rows.length === 0 ? 'no incident' : rows.length < 10 ? 'yes' : 'no']);
    const { context, table } = readCsvParts(await textOf(files[0]));
    expect(table).toEqual([['Period', 'Incidents', 'Low N'], ...expected]);
    expect(context.get('N')).toBe(`${index.count} incidents`);
    expect(context.get('dataset build')).toBe(index.build);
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('pins the incidents per period as their own chart and the trend as its facet’s, each with the view’s state', async () => {
    const user = userEvent.setup();
    await renderTrends('?f.objective=malicious&view=trends');
    await user.click(within(region('Incidents per year')).getByRole('button', { name: 'Pin to deck' }));
    await user.click(within(region('Phase over time')).getByRole('button', { name: 'Pin to deck' }));
    const deck = JSON.parse(window.localStorage.getItem(DECK_STORAGE_KEY) ?? 'null') as Deck;
    expect(deck.slides.map(({ chart, title, view }) => ({ chart, title, view }))).toEqual([
      { chart: { kind: 'period-totals' }, title: 'Incidents per year', view: '?f.objective=malicious&view=trends' },
      { chart: { kind: 'trend', facet: 'phase' }, title: 'Phase over time', view: '?f.objective=malicious&view=trends' },
    ]);
    window.localStorage.clear();
  });

  it('draws one point per year and option, with its count of the year’s incidents', async () => {
    const index = rawIndex();
    const perYear = [...rowsPerYear(index)].filter(([, rows]) => rows.length > 0);
    await renderTrends();
    const figure = screen.getByRole('figure', { name: 'Phase over time, per year' });
    const points = within(figure).getAllByRole('link', { name: /^\d{4}, Design: / });
    expect(points).toHaveLength(perYear.length);
    perYear.forEach(([year, rows], k) => {
      const design = rows.filter((row) => hasOption(index, 'phase', row, 'design')).length;
      expect(points[k].getAttribute('aria-label')).toMatch(new RegExp(`^${year}, Design: ${design} of ${rows.length} \\(\\d+%, 95% CI \\d+–\\d+%\\)\\. List these incidents$`));
    });
  });

  it('lists every period in its table, the empty ones included', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const perYear = [...rowsPerYear(index)];
    await renderTrends();
    await user.click(screen.getByText('Table of the numbers'));
    const table = screen.getByRole('table', { name: /^Phase over time: incidents, shares and 95% intervals per year$/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent?.replace(' (low N)', ''))).toEqual(perYear.map(([year]) => String(year)));
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(perYear.map(([, r]) => (r.length === 0 ? 'no incident' : String(r.length))));
  });

  it('says "no incident" for an empty period, never "0 | 0 (low N)"', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const empty = [...rowsPerYear(index)].filter(([, rows]) => rows.length === 0).map(([year]) => String(year));
    expect(empty.length).toBeGreaterThan(0);
    await renderTrends();
    await user.click(screen.getByText('Table of the numbers'));
    const table = screen.getByRole('table', { name: /^Phase over time: incidents, shares and 95% intervals per year$/ });
    for (const year of empty) {
      const row = within(table).getByRole('rowheader', { name: year }).closest('tr') as HTMLElement;
      expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['no incident']);
    }
  });

  it('names each cell’s denominator, so a row that mixes N and all incidents says which is which', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const [year, rows] = [...rowsPerYear(index)].find(([, r]) => r.some((row) => index.kind[row] === 1))!;
    const analysed = rows.filter((row) => optionsOfRow(index, 'phase', row).length > 0 && !optionsOfRow(index, 'phase', row).every((o) => o === 'unknown'));
    const design = rows.filter((row) => hasOption(index, 'phase', row, 'design')).length;
    const notAnalysed = rows.filter((row) => optionsOfRow(index, 'phase', row).length === 0).length;
    await renderTrends('?gaps=0&view=trends');
    await user.click(screen.getByText('Table of the numbers'));
    const table = screen.getByRole('table', { name: /^Phase over time: incidents, shares and 95% intervals per year$/ });
    const row = within(table).getByRole('rowheader', { name: new RegExp(`^${year}`) }).closest('tr') as HTMLElement;
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(analysed.length).toBeLessThan(rows.length);
    const startsWith = (prefix: string) => cells.filter((cell) => cell?.startsWith(prefix));
    expect(startsWith(`${design} of ${analysed.length} in N (${Math.round((100 * design) / analysed.length)}%, `).length).toBeGreaterThan(0);
    expect(startsWith(`${notAnalysed} of ${rows.length} incidents (`)).toHaveLength(1);
  });

  it('refuses to stack shares of a multi-valued facet, draws lines and says why; stacked counts are called labels', async () => {
    const index = rawIndex();
    expect(rowsWhere(index, (row) => optionsOfRow(index, 'phase', row).length > 1).length).toBeGreaterThan(0);
    await renderTrends('?view=trends&layout=stacked');
    expect(screen.getByText(/^Stacked shares are drawn as lines: some incidents have several Phase options/)).toBeDefined();
    const figure = screen.getByRole('figure', { name: 'Phase over time, per year' });
    expect(within(figure).getAllByRole('link', { name: /^\d{4}, Design: \d+ of \d+ / }).length).toBeGreaterThan(0);
    expect(figure.querySelector('.trend-segment')).toBeNull();
  });

  it('stacks counts of a multi-valued facet as labels, in those words', async () => {
    await renderTrends('?view=trends&measure=count&layout=stacked');
    expect(screen.getByText(/^Labels per year, stacked: an incident counts once under each phase option it has/)).toBeDefined();
    expect(screen.queryByText(/^Stacked shares are drawn as lines/)).toBeNull();
    expect(document.querySelector('.trend-segment')).not.toBeNull();
  });

  it('names lines that coincide in every period and draws them apart', async () => {
    await renderTrends('?f.behaviour=crash&view=trends');
    expect(screen.getByText(/^Design and operation have the same value in every period/)).toBeDefined();
    const figure = screen.getByRole('figure', { name: 'Phase over time, per year' });
    const widths = Array.from(figure.querySelectorAll('.recharts-line-curve'), (path) => path.getAttribute('stroke-width'));
    expect(new Set(widths).size).toBeGreaterThan(1);
    const design = within(figure).getAllByRole('link', { name: /^\d{4}, Design: / })[0].querySelector('.trend-point')?.getAttribute('d');
    const operation = within(figure).getAllByRole('link', { name: /^\d{4}, Operation: / })[0].querySelector('.trend-point')?.getAttribute('d');
    expect(design).not.toBe(operation);
  });

  it('opens a point’s incidents: its option and its year as filters', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const [year, rows] = [...rowsPerYear(index)].find(([, r]) => r.some((row) => hasOption(index, 'phase', row, 'operation')))!;
    const operation = rows.filter((row) => hasOption(index, 'phase', row, 'operation')).length;
    await renderTrends();
    const figure = screen.getByRole('figure', { name: 'Phase over time, per year' });
    await user.click(within(figure).getByRole('link', { name: new RegExp(`^${year}, Operation: `) }));
    expect(window.location.search).toBe(`?f.phase=operation&from=${year}&to=${year}`);
    expect(await screen.findByText(`${operation} of ${index.count} incidents`)).toBeDefined();
  });

  it('switches the periods, the facet and the layout through the URL', async () => {
    const user = userEvent.setup();
    await renderTrends();
    await user.click(screen.getByRole('radio', { name: 'Quarters' }));
    expect(window.location.search).toBe('?view=trends&per=quarter');
    expect(await screen.findByRole('heading', { level: 2, name: 'Incidents per quarter' })).toBeDefined();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Break down by' }), 'domain');
    await user.click(screen.getByRole('radio', { name: 'Small multiples' }));
    expect(window.location.search).toBe('?view=trends&trend=domain&per=quarter&layout=multiples');
    expect(await screen.findByRole('heading', { level: 2, name: 'Domain over time' })).toBeDefined();
  });

  it('draws only the options with the most incidents when asked, says so, and pins the trend with that choice', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const all = rowsWhere(index, () => true);
    // Ties keep the taxonomy's order, as a slide drawing its top rows does.
    const counted = FACETS.domain.options.map((option) => ({ option, count: all.filter((row) => hasOption(index, 'domain', row, option.id)).length }));
    const top = [...counted].sort((x, y) => y.count - x.count).slice(0, 3);
    renderApp('?view=trends&trend=domain');
    await screen.findByRole('heading', { level: 2, name: 'Domain over time' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Options drawn' }), '3');
    expect(window.location.search).toBe('?view=trends&trend=domain&lines=3');
    const left = counted.filter((c) => c.count > 0 && !top.includes(c));
    const note = `The chart draws the 3 options with the most incidents, and ${left.length} more options`;
    expect(await screen.findByText((text) => text.startsWith(note))).toBeDefined();
    const figure = screen.getByRole('figure', { name: 'Domain over time, per year' });
    const drawn = new Set(within(figure).getAllByRole('link').map((link) => /^[^,]+, ([^:]+):/.exec(link.getAttribute('aria-label') ?? '')?.[1]));
    for (const { option } of counted) expect(drawn.has(option.label.replace(/^./, (c) => c.toUpperCase()))).toBe(top.some((t) => t.option === option));
    await user.click(within(region('Domain over time')).getByRole('button', { name: 'Pin to deck' }));
    const deck = JSON.parse(window.localStorage.getItem(DECK_STORAGE_KEY) ?? 'null') as Deck;
    expect(deck.slides.map(({ chart, view }) => ({ chart, view }))).toEqual([{ chart: { kind: 'trend', facet: 'domain', top: 3 }, view: '?view=trends&trend=domain&lines=3' }]);
    window.localStorage.clear();
  });

  it('states how many incidents have no date', async () => {
    const index = rawIndex();
    server.use(...indexHandlers({ ...plainIndex(index), published: [null, ...index.published.slice(1)] }));
    await renderTrends();
    expect(screen.getAllByText(`1 of the ${index.count} incidents has no publication date, so it is left out of every period.`)).toHaveLength(2);
  });
});

describe('the trends view without incidents', () => {
  it('offers to clear the filters', async () => {
    const user = userEvent.setup();
    renderApp('?f.domain=no_such_domain&view=trends');
    expect(await screen.findByText('No incident matches these filters.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(window.location.search).toBe('?view=trends');
    expect(await screen.findByRole('heading', { level: 2, name: 'Phase over time' })).toBeDefined();
  });
});
