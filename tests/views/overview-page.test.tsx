// @vitest-environment jsdom
import { plainIndex } from '../analysis/plain-index';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { FACETS, FACET_DISPLAY_ORDER } from '../../src/domain/taxonomy';
import { useDatasetServer, indexHandlers } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { allRows, barOf, expectedBarValues, hasOption, panelOf, rowsWhere, shownBarValues } from './overview-expected';

const { server, dataset } = useDatasetServer();

const rawIndex = () => dataset().index();

const headlineCount = (selected: number, total: number) => screen.findByText(`${selected} of ${total} incidents`);

async function renderOverview(search = '') {
  renderApp(search);
  await screen.findByRole('region', { name: FACETS.phase.name });
}

describe('the overview panels', () => {
  it('draws the twelve facets in display order with every count of the raw index', async () => {
    const index = rawIndex();
    await renderOverview();
    expect(await headlineCount(index.count, index.count)).toBeDefined();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 12)).toEqual(FACET_DISPLAY_ORDER.map((facet) => FACETS[facet].name));
    for (const facet of FACET_DISPLAY_ORDER) {
      expect(shownBarValues(facet)).toEqual(expectedBarValues(index, facet, allRows(index)));
      expect(within(panelOf(facet)).getByText(`N = ${index.count} incidents`)).toBeDefined();
      expect(within(panelOf(facet)).getByText(/shares can sum past 100%/)).toBeDefined();
    }
  });

  it('keeps vocabulary options with no incident, and draws no all-incidents mark without a filter', async () => {
    const index = rawIndex();
    await renderOverview();
    const unused = FACETS.domain.options.find((o) => !allRows(index).some((row) => hasOption(index, 'domain', row, o.id)));
    expect(unused).toBeDefined();
    const bar = barOf('domain', unused!.label);
    expect(bar.className).toContain('share-bar--empty');
    expect(bar.getAttribute('aria-label')).toBe(`${unused!.label} 0 (0%), Domain, 0 incidents, press to filter`);
    expect(document.querySelector('.share-bar__baseline')).toBeNull();
    expect(screen.queryByText(/Outline: the same share over all incidents/)).toBeNull();
  });

  it('filters on a click: chip, URL, a Back step, other panels recounted, its own panel untouched', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const design = rowsWhere(index, (row) => hasOption(index, 'phase', row, 'design'));
    await renderOverview();
    const before = window.history.length;
    await user.click(barOf('phase', 'design'));

    expect(window.location.search).toBe('?f.phase=design');
    expect(window.history.length).toBe(before + 1);
    expect(within(screen.getByRole('region', { name: 'Active filters' })).getByText('Phase: design')).toBeDefined();
    expect(await headlineCount(design.length, index.count)).toBeDefined();
    expect(barOf('phase', 'design').getAttribute('aria-pressed')).toBe('true');
    expect(shownBarValues('phase')).toEqual(expectedBarValues(index, 'phase', allRows(index)));
    for (const facet of FACET_DISPLAY_ORDER.filter((f) => f !== 'phase')) {
      expect(shownBarValues(facet)).toEqual(expectedBarValues(index, facet, design));
    }
    expect(screen.getByText(/Outline: the same share over all incidents/)).toBeDefined();
    expect(panelOf('boundary').querySelectorAll('.share-bar__baseline').length).toBeGreaterThan(0);
    const list = screen.getByRole('region', { name: 'Incidents' });
    expect(screen.getByRole('heading', { level: 2, name: `${design.length} incidents in the selection` })).toBeDefined();
    expect(within(list).getAllByRole('listitem')).toHaveLength(Math.min(design.length, 25));

    act(() => window.history.back());
    expect(await headlineCount(index.count, index.count)).toBeDefined();
    expect(screen.queryByRole('region', { name: 'Active filters' })).toBeNull();
  });

  it('ORs two options of one facet, and ANDs them with "must have all selected"', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const has = (row: number, option: string) => hasOption(index, 'domain', row, option);
    const either = rowsWhere(index, (row) => has(row, 'information') || has(row, 'finance'));
    const both = rowsWhere(index, (row) => has(row, 'information') && has(row, 'finance'));
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(either.length);
    await renderOverview();
    expect(within(panelOf('domain')).queryByRole('checkbox')).toBeNull();

    await user.click(barOf('domain', 'information'));
    await user.click(barOf('domain', 'finance'));
    expect(window.location.search).toBe('?f.domain=information,finance');
    expect(await headlineCount(either.length, index.count)).toBeDefined();
    expect(shownBarValues('boundary')).toEqual(expectedBarValues(index, 'boundary', either));

    await user.click(within(panelOf('domain')).getByRole('checkbox', { name: 'Must have all selected' }));
    expect(window.location.search).toBe('?f.domain=information,finance&all=domain');
    expect(await headlineCount(both.length, index.count)).toBeDefined();
    expect(shownBarValues('boundary')).toEqual(expectedBarValues(index, 'boundary', both));
    expect(screen.getByText('Domain: must have all')).toBeDefined();
    expect(shownBarValues('domain')).toEqual(expectedBarValues(index, 'domain', allRows(index)));
  });

  it('filters on "not analysed" like any option', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const empty = rowsWhere(index, (row) => index.facets.recurring.combos[index.facets.recurring.rows[row]].length === 0);
    await renderOverview();
    await user.click(barOf('recurring', 'not analysed'));
    expect(window.location.search).toBe('?f.recurring=__none__');
    expect(screen.getByText('Recurring: not analysed')).toBeDefined();
    expect(await headlineCount(empty.length, index.count)).toBeDefined();
  });

  it('is driven from the keyboard: Tab to a bar, Enter and Space toggle it', async () => {
    const user = userEvent.setup();
    await renderOverview();
    const target = barOf('phase', 'design');
    for (let presses = 0; presses < 40 && document.activeElement !== target; presses++) await user.tab();
    expect(document.activeElement).toBe(target);
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?f.phase=design');
    expect(barOf('phase', 'design').getAttribute('aria-label')).toMatch(/selected, press to remove the filter$/);
    barOf('phase', 'design').focus();
    await user.keyboard(' ');
    expect(window.location.search).toBe('');
  });

  it('opens an incident from the list with the selection kept for previous and next', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const reports = rowsWhere(index, (row) => index.kind[row] === 0 && hasOption(index, 'boundary', row, 'outside_system'));
    await renderOverview('?f.boundary=outside_system&kind=report&sort=title');
    const list = await screen.findByRole('region', { name: 'Incidents' });
    const first = within(list).getAllByRole('link')[0];
    const title = first.textContent!;
    await user.click(first);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeDefined();
    expect(window.location.search).toBe(`?f.boundary=outside_system&kind=report&sort=title&view=incident&id=${index.id[index.title.indexOf(title)]}`);
    expect(await screen.findByText(`1 of ${reports.length}`)).toBeDefined();
  });

  it('gives every panel a table of its numbers, made when opened, the all-incidents share included', async () => {
    const index = rawIndex();
    const design = rowsWhere(index, (row) => hasOption(index, 'phase', row, 'design'));
    const boundaryAll = expectedBarValues(index, 'boundary', allRows(index));
    const boundaryDesign = expectedBarValues(index, 'boundary', design);
    await renderOverview('?f.phase=design');
    expect(within(panelOf('boundary')).queryByRole('table')).toBeNull();
    await userEvent.setup().click(within(panelOf('boundary')).getByText('Table of the numbers'));
    const table = within(panelOf('boundary')).getByRole('table', { name: 'Boundary: incidents and shares per option' });
    const rows = within(table).getAllByRole('row').slice(1);
    const labels = [...index.facets.boundary.options.map((o) => (o === 'unknown' ? 'any unknown' : FACETS.boundary.options.find((d) => d.id === o)?.label ?? o)), 'not analysed'];
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(labels);
    rows.forEach((row, k) => {
      const [count, share, baseline] = within(row).getAllByRole('cell').map((cell) => cell.textContent);
      expect(`${count} (${share})`).toBe(boundaryDesign[k]);
      expect(baseline).toBe(/\((.*)\)/.exec(boundaryAll[k])![1]);
    });
  });

  it('opens a panel’s table of numbers under its bars, whose option names filter like the bars', async () => {
    const index = rawIndex();
    const user = userEvent.setup();
    await renderOverview();
    const panel = panelOf('boundary');
    await user.click(within(panel).getByText('Table of the numbers'));
    const table = within(panel).getByRole('table', { name: 'Boundary: incidents and shares per option' });
    expect(table.closest('details')?.open).toBe(true);
    const first = index.facets.boundary.options[0];
    await user.click(within(table).getByRole('button', { name: FACETS.boundary.options.find((o) => o.id === first)?.label ?? first }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('f.boundary')).toBe(first));
    const selected = rowsWhere(index, (row) => hasOption(index, 'boundary', row, first));
    await headlineCount(selected.length, index.count);
  });

  it('marks an option outside the vocabulary after unknown', async () => {
    const index = rawIndex();
    const phase = index.facets.phase;
    const edited = {
      ...plainIndex(index),
      facets: {
        ...index.facets,
        phase: { options: [...phase.options, 'quantum'], combos: [...phase.combos, [phase.options.length]], rows: [phase.combos.length, ...Array.from(phase.rows).slice(1)] },
      },
    };
    server.use(...indexHandlers(edited));
    await renderOverview();
    const bars = within(within(panelOf('phase')).getByRole('toolbar', { name: 'Phase options' })).getAllByRole('button').map((bar) => bar.getAttribute('aria-label'));
    expect(bars).toEqual([
      expect.stringMatching(/^design \d+ \(.*\), Phase,/),
      expect.stringMatching(/^operation \d+ \(.*\), Phase,/),
      expect.stringMatching(/^any unknown \d+ \(.*\), Phase,/),
      'quantum not in taxonomy 1 (2.8%), Phase, 1 incident, press to filter',
      expect.stringMatching(/^not analysed \d+ \(.*\), Phase,/),
    ]);
    expect(within(panelOf('phase')).getByText('not in taxonomy')).toBeDefined();
  });
});

describe('the overview while loading', () => {
  it('shows skeletons, then a load error with Retry that recovers', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/data/index-columns.bin', () => new HttpResponse('gone', { status: 404 }), { once: true }));
    renderApp('');
    expect(screen.getAllByRole('status').length).toBeGreaterThan(0);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('index-columns.bin was not found (HTTP 404)')).toBeDefined();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Phase' })).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says when the ids and titles fail after the columns came, and Retry loads the dataset again', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/data/index.json', () => new HttpResponse('gone', { status: 404 }), { once: true }));
    renderApp('');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('index.json was not found (HTTP 404)')).toBeDefined();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const list = await screen.findByRole('region', { name: '36 incidents in the selection' });
    const titles = dataset().index().title;
    await waitFor(() => {
      const shown = within(list).getAllByRole('link').filter((link) => link.classList.contains('incident-list__title'));
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((link) => titles.includes(link.textContent ?? ''))).toBe(true);
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
