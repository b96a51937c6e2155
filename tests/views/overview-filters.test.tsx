// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { organizationsOfRow } from '../../src/domain/schema';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { type DatasetIndex, type IncidentDraft } from '../../src/domain/schema';
import { searchText } from '../../scripts/lib/search-text';
import { searchWords, wordMatches } from '../../src/domain/search-words';
import { FACETS, FACET_DISPLAY_ORDER } from '../../src/domain/taxonomy';
import { SEARCH_DEBOUNCE_MS } from '../../src/views/overview/search-box';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { allRows, analysedRows, barOf, expectedBarValues, hasOption, panelOf, rowsWhere, shownBarValues } from './overview-expected';

const { server, dataset } = useDatasetServer();

const rawIndex = () => dataset().index();

const headlineCount = (selected: number, total: number) => screen.findByText(`${selected} of ${total} incidents`);

const chips = () => screen.getByRole('region', { name: 'Active filters' });

const searchBox = () => screen.getByRole('searchbox', { name: 'Search' });

async function renderOverview(search = '') {
  renderApp(search);
  await screen.findByRole('region', { name: FACETS.phase.name });
}

/** A file of the served dataset as the server sends it. */
function served(file: string): HttpResponse<ArrayBuffer> {
  const bytes = readFileSync(join(dataset().dir, file));
  return new HttpResponse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), { headers: { 'Content-Type': 'application/octet-stream' } });
}

/** Rows where every word of the query starts a word of the title, organizations or long text, matched the plain way. */
function textMatches(index: DatasetIndex, text: readonly string[], query: string): number[] {
  const parts = searchWords(query);
  return rowsWhere(index, (row) => {
    const organizations = Array.from(organizationsOfRow(index.organizations, row), (value) => index.organizations.values[value]);
    const words = searchWords([index.title[row], ...organizations, text[row]].join('\n'));
    return parts.every((part) => words.some((word) => wordMatches(word, part)));
  });
}

describe('the filter chips', () => {
  it('removes one filter with its × and every filter with Clear all, keeping sort and switch', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    await renderOverview('?f.phase=design&f.boundary=outside_system&from=2015&kind=report&gaps=0&sort=title');
    expect(within(chips()).getAllByRole('listitem').map((chip) => chip.firstChild?.textContent)).toEqual([
      'Phase: design',
      'Boundary: outside system',
      'Years from 2015',
      'Source: reports',
    ]);
    await user.click(within(chips()).getByRole('button', { name: 'Remove filter Phase: design' }));
    expect(window.location.search).toBe('?f.boundary=outside_system&from=2015&kind=report&gaps=0&sort=title');
    const outside = rowsWhere(
      index,
      (row) => hasOption(index, 'boundary', row, 'outside_system') && index.kind[row] === 0 && (index.published[row] ?? 0) >= 20150000,
    );
    expect(await headlineCount(outside.length, index.count)).toBeDefined();
    await user.click(within(chips()).getByRole('button', { name: 'Clear all' }));
    expect(window.location.search).toBe('?gaps=0&sort=title');
    expect(await headlineCount(index.count, index.count)).toBeDefined();
    expect(screen.queryByRole('region', { name: 'Active filters' })).toBeNull();
  });
});

describe('the order of the bars', () => {
  it('puts a panel’s most frequent options first when asked, the same counts in another order, and keeps it in the link', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    await renderOverview();
    const before = shownBarValues('domain');
    await user.selectOptions(screen.getByRole('combobox', { name: /Order each panel’s bars/ }), 'most incidents first');
    expect(window.location.search).toBe('?bars=count');
    const after = shownBarValues('domain');
    const counts = after.slice(0, -2).map((value) => Number(value.split(' ')[0]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect([...after].sort()).toEqual([...before].sort());
    expect(after).toEqual(expect.arrayContaining(expectedBarValues(index, 'domain', allRows(index))));
    expect(within(panelOf('domain')).getByText(/Options ordered by incidents, most first/)).toBeDefined();
  });
});

describe('the gaps switch', () => {
  it('takes unknown and not analysed out of every N and says how many it left out', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    await renderOverview();
    await user.click(screen.getByRole('checkbox', { name: 'Leave only-unknown and not-analysed incidents out of the denominator' }));
    expect(window.location.search).toBe('?gaps=0');
    for (const facet of FACET_DISPLAY_ORDER) {
      const n = analysedRows(index, facet, allRows(index)).length;
      const empty = allRows(index).filter((row) => index.facets[facet].combos[index.facets[facet].rows[row]].length === 0).length;
      const unknownOnly = index.count - n - empty;
      const answer = `N = ${n} incidents with a ${FACETS[facet].name.toLowerCase()} answer`;
      const expected = n === index.count ? `${answer}, none left out` : `${answer}; ${index.count - n} left out (${empty} not analysed, ${unknownOnly} only unknown)`;
      expect(within(panelOf(facet)).getByText(expected)).toBeDefined();
    }
    const intent = analysedRows(index, 'intent', allRows(index)).length;
    expect(intent).toBeLessThan(index.count - 1);
    const poor = allRows(index).filter((row) => hasOption(index, 'intent', row, 'poor_decisions')).length;
    expect(shownBarValues('intent')[0]).toBe(`${poor} (${new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(poor / intent)})`);
    expect(shownBarValues('intent').at(-1)).toMatch(/\(left out of N\)$/);
  });
});

describe('the year range and kind filter', () => {
  it('narrow the selection and every panel, each with a chip', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const yearOf = (row: number) => Math.floor((index.published[row] ?? 0) / 10000);
    const inYears = rowsWhere(index, (row) => yearOf(row) >= 2015 && yearOf(row) <= 2020);
    await renderOverview();
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), '2020');
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2015');
    expect(window.location.search).toBe('?from=2015&to=2020');
    expect(within(chips()).getByText('Years 2015–2020')).toBeDefined();
    expect(await headlineCount(inYears.length, index.count)).toBeDefined();
    expect(shownBarValues('domain')).toEqual(expectedBarValues(index, 'domain', inYears));

    await user.click(screen.getByRole('radio', { name: 'Reports' }));
    expect(window.location.search).toBe('?from=2015&to=2020&kind=report');
    expect(within(chips()).getByText('Source: reports')).toBeDefined();
    const reports = inYears.filter((row) => index.kind[row] === 0);
    expect(await headlineCount(reports.length, index.count)).toBeDefined();

    await user.click(screen.getByRole('radio', { name: 'Raw articles' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), '');
    expect(window.location.search).toBe('?kind=article');
    const articles = allRows(index).filter((row) => index.kind[row] === 1);
    expect(await headlineCount(articles.length, index.count)).toBeDefined();
    expect(shownBarValues('phase').at(-1)).toBe(`${articles.length} (100%)`);
  });
});

describe('the search', () => {
  it('matches titles at once, widens to the long text when it arrives, and marks matches in the list', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const text = index.id.map((id) => searchText(dataset().json<IncidentDraft>(`incidents/${id}.json`)));
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/data/search-words.bin', async () => {
        await arrived;
        await delay(0);
        return served('search-words.bin');
      }),
    );
    await renderOverview();
    const before = window.history.length;
    await user.type(searchBox(), 'database');
    await waitFor(() => expect(window.location.search).toBe('?q=database'));
    expect(window.history.length).toBe(before);

    const noText = index.title.map(() => '');
    expect(await headlineCount(textMatches(index, noText, 'database').length, index.count)).toBeDefined();
    expect(screen.getByText(/the report text is loading/)).toBeDefined();
    release();
    const full = textMatches(index, text, 'database');
    expect(full.length).toBeGreaterThan(textMatches(index, noText, 'database').length);
    expect(await headlineCount(full.length, index.count)).toBeDefined();
    expect(within(chips()).getByText('Search: database')).toBeDefined();

    // The list follows the headline once the frame that changed it is painted.
    const list = screen.getByRole('region', { name: 'Incidents' });
    const title = index.title.find((t) => t.toLowerCase().includes('database'))!;
    expect(await within(list).findByRole('link', { name: title })).toBeDefined();
    const marks = within(list).getAllByText((_, element) => element?.tagName === 'MARK');
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.textContent?.toLowerCase()).toBe('database');
  });

  it('says only that the report text failed when the search index cannot be loaded, then loading again on Retry', async () => {
    const user = userEvent.setup();
    let fail = true;
    let release: () => void = () => undefined;
    const retried = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/data/search-postings-0000.bin', async () => {
        if (fail) return new HttpResponse('gone', { status: 404 });
        await retried;
        return served('search-postings-0000.bin');
      }),
    );
    await renderOverview();
    await user.type(searchBox(), 'database');
    const status = () => document.querySelector('.search-box__status')?.textContent ?? '';
    await waitFor(() => expect(status()).toMatch(/could not be loaded/));
    expect(status()).not.toMatch(/loading/);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(status()).toMatch(/the report text is loading/));
    expect(status()).not.toMatch(/could not be loaded/);
    release();
    await waitFor(() => expect(status()).toBe(''));
  });

  it('says once why a search index of another build is refused, and keeps searching titles and organizations', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const words = served('search-words.bin');
    const bytes = new Uint8Array(await words.arrayBuffer());
    bytes[12] = bytes[12] === 0x30 ? 0x31 : 0x30;
    server.use(http.get('*/data/search-words.bin', () => new HttpResponse(bytes.buffer, { headers: { 'Content-Type': 'application/octet-stream' } })));
    await renderOverview();
    await user.type(searchBox(), 'database');
    const status = () => document.querySelector('.search-box__status')?.textContent ?? '';
    await waitFor(() => expect(status()).toMatch(/could not be loaded/));
    expect(status().match(/could not be loaded/g)).toHaveLength(1);
    expect(status()).toContain('search-words.bin failed validation: it belongs to another build of the dataset');
    expect(await headlineCount(textMatches(index, index.title.map(() => ''), 'database').length, index.count)).toBeDefined();
  });

  it('keeps a filter picked while the typed query was still on its way to the URL', async () => {
    const user = userEvent.setup();
    await renderOverview();
    await user.type(searchBox(), 'data');
    await user.click(barOf('phase', 'design'));
    await waitFor(() => expect(window.location.search).toBe('?f.phase=design&q=data'));
    expect((searchBox() as HTMLInputElement).value).toBe('data');
  });

  it('follows the URL when the query changes elsewhere', async () => {
    const user = userEvent.setup();
    await renderOverview('?q=bank');
    expect((searchBox() as HTMLInputElement).value).toBe('bank');
    await user.click(within(chips()).getByRole('button', { name: 'Remove filter Search: bank' }));
    expect((searchBox() as HTMLInputElement).value).toBe('');
    act(() => window.history.back());
    await waitFor(() => expect((searchBox() as HTMLInputElement).value).toBe('bank'));
  });

  it('drops typing still waiting to be sent when the search is removed meanwhile', async () => {
    const user = userEvent.setup();
    await renderOverview('?q=bank');
    await user.type(searchBox(), 's');
    await user.click(within(chips()).getByRole('button', { name: 'Remove filter Search: bank' }));
    await act(() => new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 100)));
    expect(window.location.search).toBe('');
    expect((searchBox() as HTMLInputElement).value).toBe('');
  });

  it('renders markup typed into the search as text', async () => {
    const user = userEvent.setup();
    await renderOverview();
    await user.type(searchBox(), '<img src=x onerror=alert(1)>');
    await waitFor(() => expect(within(chips()).getByText('Search: <img src=x onerror=alert(1)>')).toBeDefined());
    expect(document.querySelector('img')).toBeNull();
  });

  it('says that a search of punctuation alone looks for nothing and leaves every incident in, rather than matching them all', async () => {
    const index = rawIndex();
    await renderOverview('?q=%21%21%21+-');
    expect(await headlineCount(index.count, index.count)).toBeDefined();
    expect(screen.getByRole('search').textContent).toContain('“!!! -” holds no letter or digit to search for, so every incident stays in the selection.');
    cleanup();
    await renderOverview('?q=%21%21%21+crash');
    expect(screen.getByRole('search').textContent).not.toContain('no letter or digit');
  });

  it('shows the empty state for a search that matches nothing, and Clear all filters empties the field', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    await renderOverview('?sort=title');
    await user.type(searchBox(), 'zzzz-no-such-word{Enter}');
    expect(window.location.search).toBe('?q=zzzz-no-such-word&sort=title');
    expect(await screen.findByText('No incident matches these filters.')).toBeDefined();
    expect(screen.queryByRole('region', { name: 'Incidents' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(window.location.search).toBe('?sort=title');
    expect(await headlineCount(index.count, index.count)).toBeDefined();
    expect((searchBox() as HTMLInputElement).value).toBe('');
  });
});
