// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { type DatasetIndex } from '../../src/domain/schema';
import { UNKNOWN } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { optionLabel } from '../../src/domain/option-label';
import { captureDownloads, textOf } from '../export/capture-downloads';
import { readCsvParts } from '../export/read-csv';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { hasOption, optionsOfRow, rowsWhere } from './overview-expected';

const { server, dataset } = useDatasetServer();

const rawIndex = () => dataset().index();
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

const LABELS: Record<string, string> = { within_system: 'within system', outside_system: 'outside system' };
const label = (option: string) => LABELS[option] ?? option;

const heatmap = () => screen.getByRole('group', { name: 'Objective × Boundary: incidents per pair of options' });

/** The heatmap cell for a pair, found by the start of its spoken label. */
const cellOf = (row: string, col: string) =>
  within(heatmap()).getByRole('link', { name: new RegExp(`^Objective: ${label(row)} × Boundary: ${label(col)}\\.`) });

const cellText = (link: HTMLElement) => link.querySelector('.heat-cell__text')?.textContent;

const realOptions = (index: DatasetIndex, facet: FacetId, row: number) => optionsOfRow(index, facet, row).filter((option) => option !== UNKNOWN);

/** Incidents with a real answer in both facets: the ones the test covers. */
const testedRows = (index: DatasetIndex, rowFacet: FacetId, colFacet: FacetId) =>
  rowsWhere(index, (row) => realOptions(index, rowFacet, row).length > 0 && realOptions(index, colFacet, row).length > 0);

/**
 * Pearson's X² over the real answers of both facets, counted pair by pair from the raw
 * rows, against row total × column total ÷ N with totals and N counted as distinct
 * incidents having a real answer in both facets.
 */
function naiveChiSquare(index: DatasetIndex, rowFacet: FacetId, colFacet: FacetId): number {
  const tested = testedRows(index, rowFacet, colFacet);
  const real = (facet: FacetId) => index.facets[facet].options.filter((option) => option !== UNKNOWN);
  const having = (facet: FacetId, option: string) => tested.filter((row) => hasOption(index, facet, row, option)).length;
  let statistic = 0;
  for (const r of real(rowFacet)) {
    for (const c of real(colFacet)) {
      const expected = (having(rowFacet, r) * having(colFacet, c)) / tested.length;
      if (expected === 0) continue;
      const observed = tested.filter((row) => hasOption(index, rowFacet, row, r) && hasOption(index, colFacet, row, c)).length;
      statistic += (observed - expected) ** 2 / expected;
    }
  }
  return statistic;
}

async function renderCrosstab(search = '?view=crosstab', title = 'Objective × Boundary') {
  renderApp(search);
  await screen.findByRole('heading', { level: 2, name: title });
}

describe('the facet × facet view', () => {
  it('counts every pair of options as a naive loop over the raw index does, with distinct incidents in the margins', async () => {
    const index = rawIndex();
    await renderCrosstab();
    for (const r of ['malicious', 'non-malicious']) {
      for (const c of ['within_system', 'outside_system']) {
        const expected = rowsWhere(index, (row) => hasOption(index, 'objective', row, r) && hasOption(index, 'boundary', row, c)).length;
        expect(cellText(cellOf(r, c))).toBe(String(expected));
      }
      const rowTotal = rowsWhere(index, (row) => hasOption(index, 'objective', row, r)).length;
      expect(screen.getByRole('link', { name: `Objective: ${r}, ${rowTotal} incidents in all. List them` })).toBeDefined();
    }
    expect(screen.getByRole('link', { name: `All ${index.count} incidents of the table. List them` })).toBeDefined();
  });

  it('switches the cells to row, column and overall shares of distinct incidents', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const both = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious') && hasOption(index, 'boundary', row, 'outside_system')).length;
    const malicious = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious')).length;
    const outside = rowsWhere(index, (row) => hasOption(index, 'boundary', row, 'outside_system')).length;
    await renderCrosstab();
    await user.click(screen.getByRole('radio', { name: 'Row %' }));
    expect(window.location.search).toBe('?view=crosstab&cell=row');
    expect(cellText(cellOf('malicious', 'outside_system'))).toBe(percent.format(both / malicious));
    await user.click(screen.getByRole('radio', { name: 'Column %' }));
    expect(cellText(cellOf('malicious', 'outside_system'))).toBe(percent.format(both / outside));
    await user.click(screen.getByRole('radio', { name: 'Overall %' }));
    expect(cellText(cellOf('malicious', 'outside_system'))).toBe(percent.format(both / index.count));
    await user.click(screen.getByRole('radio', { name: 'Counts' }));
    expect(cellText(cellOf('malicious', 'outside_system'))).toBe(String(both));
  });

  it('states X² over distinct-incident margins and, for multi-valued facets, a permutation p with its Monte-Carlo margin', async () => {
    const index = rawIndex();
    const multiValued = testedRows(index, 'objective', 'boundary').some(
      (row) => realOptions(index, 'objective', row).length > 1 || realOptions(index, 'boundary', row).length > 1,
    );
    expect(multiValued).toBe(true);
    await renderCrosstab();
    const verdict = await screen.findByText(/permutation test, 10,000 shuffles of whole option sets/);
    expect(verdict.textContent).toMatch(
      new RegExp(String.raw`^X² = ${naiveChiSquare(index, 'objective', 'boundary').toFixed(2)}, df = 1, (p = 0\.\d+ ± 0\.\d+|p ≤ 0\.0001) \(permutation test`),
    );
    expect(verdict.textContent).toMatch(/Cramér’s V = \d\.\d\d, over \d+ incidents rather than cells/);
    expect(screen.getByText(/so cells are not independent and shares can sum past 100%\. The p-value comes from shuffling whole option sets/)).toBeDefined();
  });

  it('warns of small expected counts by Cochran’s rule and names no strength in the verdict', async () => {
    await renderCrosstab('?view=crosstab&rows=domain&cols=consequence', 'Domain × Consequence');
    const verdict = await screen.findByText(/^X² = /);
    await waitFor(() => expect(verdict.textContent).not.toMatch(/being computed/));
    expect(verdict.textContent).toMatch(/too few incidents per cell to call its strength \(\d+ of \d+ expected counts are below 5/);
    expect(verdict.textContent).not.toMatch(/(negligible|weak|moderate|strong) association/);
    expect(verdict.querySelector('strong, b')).toBeNull();
    expect(screen.getByText(/^Expected counts too small for the chi-square distribution \(Cochran’s rule: \d+ of \d+ expected counts are below 5/)).toBeDefined();
  });

  it('shows a cell’s expected count as the formula with its numbers, counted from the raw rows', async () => {
    const index = rawIndex();
    const tested = testedRows(index, 'objective', 'boundary');
    const malicious = tested.filter((row) => hasOption(index, 'objective', row, 'malicious')).length;
    const outside = tested.filter((row) => hasOption(index, 'boundary', row, 'outside_system')).length;
    const expected = ((malicious * outside) / tested.length).toFixed(1);
    await renderCrosstab();
    cellOf('malicious', 'outside_system').focus();
    const card = await screen.findByText(`Expected under independence: ${malicious} × ${outside} ÷ ${tested.length} = ${expected}`);
    const lines = within(card.closest('.heatmap__card') as HTMLElement);
    expect(lines.getByText(/^Adjusted residual [+−]\d+\.\d: /)).toBeDefined();
    expect(lines.getByText(/\(row %\)$/)).toBeDefined();
    expect(lines.getByText(/\(column %\)$/)).toBeDefined();
    expect(lines.getByText(new RegExp(`of all ${index.count} incidents of the table, unknown and not analysed included \\(overall %\\)$`))).toBeDefined();
  });

  it('follows the denominator switch: overall shares of the incidents with a real answer in both facets', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const tested = testedRows(index, 'objective', 'boundary');
    const both = tested.filter((row) => hasOption(index, 'objective', row, 'malicious') && hasOption(index, 'boundary', row, 'outside_system')).length;
    expect(tested.length).toBeLessThan(index.count);
    await renderCrosstab('?gaps=0&view=crosstab');
    await user.click(screen.getByRole('radio', { name: 'Overall %' }));
    expect(cellText(cellOf('malicious', 'outside_system'))).toBe(percent.format(both / tested.length));
    expect(screen.getByText(new RegExp(`^N = ${tested.length} incidents with a real answer in both facets; ${index.count - tested.length} left out`))).toBeDefined();
    expect(screen.queryByRole('link', { name: /^Objective: not analysed × / })).toBeNull();
    expect(screen.getByRole('link', { name: `All ${tested.length} incidents of the table. List them` })).toBeDefined();
  });

  it('downloads the table as CSV: one record per cell and margin with option labels, after N, the filters, the build and the test', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const index = rawIndex();
    const both = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious') && hasOption(index, 'boundary', row, 'outside_system')).length;
    await renderCrosstab();
    const verdict = await screen.findByText(/^X² = .*(± |p ≤ )/);
    const section = screen.getByRole('region', { name: 'Objective × Boundary' });
    await user.click(within(section).getByRole('button', { name: 'CSV' }));
    const { context, table } = readCsvParts(await textOf(files[0]));
    const [header, ...records] = table;
    expect(header).toEqual(['Objective (rows)', 'Boundary (columns)', 'Incidents', 'Row share', 'Column share', 'Overall share', 'Expected', 'Adjusted residual']);
    expect(records.find(([row, col]) => row === 'malicious' && col === 'outside system')?.[2]).toBe(String(both));
    expect(records).toContainEqual(['All', 'All', String(index.count), '', '', '1', '', '']);
    expect(records.flat().join()).not.toMatch(/__none__|outside_system/);
    expect(context.get('N')).toBe(`${index.count} incidents, unknown and not analysed included`);
    expect(context.get('filters')).toBe('none');
    expect(context.get('dataset build')).toBe(index.build);
    expect(context.get('statistic')).toBe(verdict.textContent);
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('lists a cell’s incidents with both options as filters, replacing the facets’ own filters', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const both = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'non-malicious') && hasOption(index, 'boundary', row, 'within_system')).length;
    await renderCrosstab('?f.objective=malicious&view=crosstab');
    expect(screen.getByText(/Counted without the selection’s own Objective filter/)).toBeDefined();
    await user.click(cellOf('non-malicious', 'within_system'));
    expect(window.location.search).toBe('?f.boundary=within_system&f.objective=non-malicious');
    expect(await screen.findByText(`${both} of ${index.count} incidents`)).toBeDefined();
  });

  it('lists the most frequent exact sets of a facet, as counted from the raw rows', async () => {
    const index = rawIndex();
    const sets = new Map<string, number>();
    for (const row of rowsWhere(index, (r) => optionsOfRow(index, 'behaviour', r).length > 0)) {
      const key = optionsOfRow(index, 'behaviour', row).join(' + ');
      sets.set(key, (sets.get(key) ?? 0) + 1);
    }
    const [topSet, topCount] = [...sets].sort((a, b) => b[1] - a[1])[0];
    await renderCrosstab();
    const table = await screen.findByRole('table', { name: 'Behaviour: the most frequent exact sets of options' });
    const first = within(table).getAllByRole('row')[1];
    expect(first.textContent).toContain(`${topSet}: `);
    expect(within(first).getByRole('link').textContent).toMatch(new RegExp(`^${topCount} \\(`));
  });

  it('downloads the co-occurrence counts as CSV, each pair named as on screen, N counting what the matrix counts', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const index = rawIndex();
    await renderCrosstab('?view=crosstab&f.behaviour=crash&f.objective=malicious');
    const section = await screen.findByRole('region', { name: 'Options that occur together' });
    await user.click(within(section).getByRole('button', { name: 'CSV' }));
    const { context, table } = readCsvParts(await textOf(files[0]));
    const [header, ...lines] = table;
    expect(header).toEqual(['Option', 'With option', 'Incidents']);
    const malicious = (row: number) => hasOption(index, 'objective', row, 'malicious');
    const counted = rowsWhere(index, (row) => malicious(row) && optionsOfRow(index, 'behaviour', row).length > 0);
    const notAnalysed = rowsWhere(index, (row) => malicious(row) && optionsOfRow(index, 'behaviour', row).length === 0).length;
    const leftOut = notAnalysed === 0 ? '' : `; ${notAnalysed} not analysed left out`;
    expect(context.get('N')).toBe(`${counted.length} incidents with behaviour analysed${leftOut}`);
    expect(counted.length).toBeGreaterThan(rowsWhere(index, (row) => malicious(row) && hasOption(index, 'behaviour', row, 'crash')).length);
    expect(context.get('filters')).toBe('Objective = malicious; Behaviour = crash');
    expect(context.get('dataset build')).toBe(index.build);
    const idOf = new Map(index.facets.behaviour.options.map((option) => [optionLabel('behaviour', option), option]));
    const both = (a: string, b: string) => counted.filter((row) => hasOption(index, 'behaviour', row, a) && hasOption(index, 'behaviour', row, b)).length;
    for (const [a, b, count] of lines) expect(Number(count)).toBe(both(idOf.get(a)!, idOf.get(b)!));
    expect(lines).toContainEqual(['crash', 'other', String(both('crash', 'other'))]);
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('downloads the exact sets as CSV, adding up to N with the rarer sets', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const index = rawIndex();
    await renderCrosstab('?view=crosstab&f.objective=malicious');
    const section = await screen.findByRole('region', { name: 'The most frequent exact sets' });
    await user.click(within(section).getByRole('button', { name: 'CSV' }));
    const { context, table } = readCsvParts(await textOf(files[0]));
    const [header, ...lines] = table;
    const counted = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious') && optionsOfRow(index, 'behaviour', row).length > 0);
    expect(header).toEqual(['Set', 'Incidents', 'Share']);
    expect(context.get('chart')).toBe('Behaviour: the most frequent exact sets');
    expect(context.get('N')).toMatch(new RegExp(`^${counted.length} incidents with behaviour analysed`));
    expect(lines.reduce((sum, line) => sum + Number(line[1]), 0)).toBe(counted.length);
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('shows a load error with Retry when the dataset fails', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/data/index-columns.bin', () => new HttpResponse('gone', { status: 404 }), { once: true }));
    renderApp('?view=crosstab');
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Objective × Boundary' })).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
