// @vitest-environment jsdom
import { plainIndex } from '../analysis/plain-index';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DatasetIndex } from '../../src/domain/schema';
import { FACETS, FACET_DISPLAY_ORDER } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { optionLabel } from '../../src/domain/option-label';
import { loadRawDeck, readStoredDeck } from '../../src/presentation/deck-storage';
import { captureDownloads, textOf } from '../export/capture-downloads';
import { readCsv, readCsvParts } from '../export/read-csv';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { allRows, hasOption, optionsOfRow, panelOf, rowsWhere } from './overview-expected';

const { dataset } = useDatasetServer();

const rawIndex = () => dataset().index();

const menuToggle = (facet: FacetId) => within(panelOf(facet)).getByRole('button', { name: `Pin, download or share ${FACETS[facet].name}` });
const actionsOf = (facet: FacetId) => screen.getByRole('toolbar', { name: `${FACETS[facet].name}: pin, download or share` });

async function renderOverview(search = '') {
  renderApp(search);
  await screen.findByRole('region', { name: FACETS.phase.name });
}

async function openMenu(user: ReturnType<typeof userEvent.setup>, facet: FacetId) {
  await user.click(menuToggle(facet));
  return actionsOf(facet);
}

/** A panel's CSV worked out from the raw index: label, count, share of `rows`, share of all, "not analysed" last. */
function expectedCsv(index: DatasetIndex, facet: FacetId, rows: readonly number[]): string[][] {
  const every = allRows(index);
  const share = (count: number, of: number) => String(Number((count / of).toFixed(6)));
  const line = (label: string, has: (row: number) => boolean) => {
    const count = rows.filter(has).length;
    return [label, String(count), share(count, rows.length), share(every.filter(has).length, every.length)];
  };
  return [
    ['Option', 'Incidents', 'Share', 'Share of all incidents'],
    ...index.facets[facet].options.map((option) =>
      line(option === 'unknown' ? 'any unknown' : optionLabel(facet, option), (row) => hasOption(index, facet, row, option)),
    ),
    line('not analysed', (row) => optionsOfRow(index, facet, row).length === 0),
  ];
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe('the facet panel menu', () => {
  it('gives every panel one closed menu, so the page shows no export buttons until asked', async () => {
    await renderOverview();
    for (const facet of FACET_DISPLAY_ORDER) expect(menuToggle(facet).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Pin to deck' })).toBeNull();
  });

  it('opens on the six actions, and closes on Escape with focus back on its button, or on a click elsewhere', async () => {
    const user = userEvent.setup();
    await renderOverview();
    const actions = await openMenu(user, 'boundary');
    expect(menuToggle('boundary').getAttribute('aria-expanded')).toBe('true');
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Pin to deck', 'PNG', 'PNG for slides', 'SVG', 'CSV', 'Copy link']);
    within(actions).getByRole('button', { name: 'CSV' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('toolbar', { name: 'Boundary: pin, download or share' })).toBeNull();
    expect(document.activeElement).toBe(menuToggle('boundary'));

    await openMenu(user, 'boundary');
    await user.click(screen.getByRole('heading', { level: 1, name: 'Overview' }));
    expect(screen.queryByRole('toolbar', { name: 'Boundary: pin, download or share' })).toBeNull();
  });

  it('pins the panel with the URL’s filters and the dataset build', async () => {
    const user = userEvent.setup();
    await renderOverview('?f.objective=malicious&from=2015');
    await user.click(within(await openMenu(user, 'domain')).getByRole('button', { name: 'Pin to deck' }));
    const [slide] = readStoredDeck(loadRawDeck()).deck.slides;
    expect(slide).toMatchObject({ view: '?f.objective=malicious&from=2015', chart: { kind: 'facet', facet: 'domain' }, title: 'Domain', build: rawIndex().build });
    expect(screen.getByText(/^Pinned as slide 1\./)).toBeDefined();
  });

  it('downloads the panel’s numbers as CSV, equal to a count over the raw index, with its N, filters and build', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    const index = rawIndex();
    await renderOverview('?f.objective=malicious');
    await user.click(within(await openMenu(user, 'boundary')).getByRole('button', { name: 'CSV' }));
    expect(files.map((f) => f.name)).toEqual([`faultline-boundary-objective-malicious-${index.build.slice(0, 8)}.csv`]);
    const malicious = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious'));
    const { context, table } = readCsvParts(await textOf(files[0]));
    expect(table).toEqual(expectedCsv(index, 'boundary', malicious));
    expect(context.get('chart')).toBe('Boundary');
    expect(context.get('N')).toBe(`${malicious.length} incidents`);
    expect(context.get('filters')).toBe('Objective = malicious');
    expect(context.get('dataset build')).toBe(index.build);
    expect(await textOf(files[0])).not.toContain('__none__');
  });

  it('labels the SVG with the filters in words, the panel’s own N, the dates and the build', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    const index = rawIndex();
    await renderOverview('?f.objective=malicious&f.phase=design');
    await user.click(within(await openMenu(user, 'phase')).getByRole('button', { name: 'SVG' }));
    await vi.waitFor(() => expect(files).toHaveLength(1));
    const svg = await textOf(files[0]);
    const counted = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious'));
    expect(svg).toContain('Filters: Phase = design; Objective = malicious');
    expect(svg).toContain('When was the fault introduced?');
    expect(svg).toContain('Counted without this chart’s own filter');
    expect(svg).toMatch(new RegExp(`N = ${counted.length} incidents · \\d+ \\w+ \\d{4} – \\d+ \\w+ \\d{4} · dataset build ${index.build.slice(0, 12)}`));
  });
});

describe('the list and dataset downloads', () => {
  it('downloads every selected incident in list order, not only the page on screen', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    const index = rawIndex();
    await renderOverview('?sort=title');
    const byTitle = allRows(index).sort((a, b) => index.title[a].localeCompare(index.title[b]));
    expect(index.count).toBeGreaterThan(25);
    const downloads = await screen.findByRole('group', { name: 'Download the selected incidents' });
    // One file is made at a time, a part at a time: the second is asked for once the first is there.
    await user.click(within(downloads).getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(files).toHaveLength(1));
    await user.click(within(downloads).getByRole('button', { name: 'Download JSON' }));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(files.map(({ name, type }) => ({ name, type }))).toEqual([
      { name: `faultline-incidents-all-${index.build.slice(0, 8)}.csv`, type: 'text/csv;charset=utf-8' },
      { name: `faultline-incidents-all-${index.build.slice(0, 8)}.json`, type: 'application/json' },
    ]);
    const { context, table } = readCsvParts(await textOf(files[0]));
    const [header, ...records] = table;
    expect(context.get('N')).toBe(`${index.count} incidents`);
    expect(context.get('filters')).toBe('none');
    expect(context.get('dataset build')).toBe(index.build);
    expect(header.slice(0, 4)).toEqual(['id', 'date', 'title', 'organizations']);
    expect(records.map((record) => record[0])).toEqual(byTitle.map((row) => index.id[row]));
    const json = JSON.parse(await textOf(files[1])) as { id: string }[];
    expect(json.map((record) => record.id)).toEqual(byTitle.map((row) => index.id[row]));
  });

  it('downloads only what the filters select, in files named for the filters and the build', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    const index = rawIndex();
    await renderOverview('?f.domain=finance&from=2015');
    const finance = rowsWhere(index, (row) => hasOption(index, 'domain', row, 'finance') && (index.published[row] ?? 0) >= 20150101);
    const downloads = await screen.findByRole('group', { name: 'Download the selected incidents' });
    // One file is made at a time, a part at a time: the second is asked for once the first is there.
    await user.click(within(downloads).getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(files).toHaveLength(1));
    await user.click(within(downloads).getByRole('button', { name: 'Download JSON' }));
    await waitFor(() => expect(files).toHaveLength(2));
    const build = index.build.slice(0, 8);
    expect(files.map((file) => file.name)).toEqual([`faultline-incidents-domain-finance-years-from-2015-${build}.csv`, `faultline-incidents-domain-finance-years-from-2015-${build}.json`]);
    const { context, table } = readCsvParts(await textOf(files[0]));
    expect(new Set(table.slice(1).map((record) => record[0]))).toEqual(new Set(finance.map((row) => index.id[row])));
    expect(context.get('filters')).toBe('Domain = finance; Years from 2015');
    expect(context.get('N')).toBe(`${finance.length} incidents`);
    expect(finance.length).toBeGreaterThan(0);
    const phase = table[0].indexOf('Phase');
    expect(table.slice(1).map((record) => record[phase]).every((cell) => cell !== '' && !cell.includes('_'))).toBe(true);
  });

  it('shows a long organization name whole to the reader: shortened by the page’s style only, its full text in the title', async () => {
    const index = rawIndex();
    const longest = [...index.organizations.values].sort((a, b) => b.length - a.length)[0];
    expect(longest.length).toBeGreaterThan(60);
    const row = plainIndex(index).organizations.rows.findIndex((names) => names.some((value) => index.organizations.values[value] === longest));
    await renderOverview(`?q=${encodeURIComponent(index.title[row])}`);
    const shown = await screen.findByTitle(longest);
    expect(shown.textContent).toBe(longest);
    expect(shown.className).toBe('incident-list__org');
  });

  it('offers the whole dataset whatever the filters: every incident as CSV, and index.json named with its build', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    const index = rawIndex();
    const build = index.build.slice(0, 12);
    await renderOverview('?f.domain=finance');
    const section = screen.getByRole('region', { name: 'The whole dataset' });
    expect(within(section).getByText(`${index.count} incidents, dataset build ${build}, without any filter.`)).toBeDefined();
    await act(() => user.click(within(section).getByRole('button', { name: 'Download every incident as CSV' })));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe(`faultline-all-incidents-${build}.csv`);
    expect(readCsv(await textOf(files[0])).slice(1).map((record) => record[0])).toEqual([...index.id]);
    const link = within(section).getByRole('link', { name: 'Download index.json' });
    expect(link.getAttribute('href')).toBe('http://localhost:3000/data/index.json');
    expect(link.getAttribute('download')).toBe(`faultline-index-${build}.json`);
    const columns = within(section).getByRole('link', { name: 'Download index-columns.bin' });
    expect(columns.getAttribute('href')).toBe('http://localhost:3000/data/index-columns.bin');
    expect(columns.getAttribute('download')).toBe(`faultline-index-columns-${build}.bin`);
  });
});
