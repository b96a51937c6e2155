// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/domain/schema';
import { FACETS, FACET_DISPLAY_ORDER, UNKNOWN } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { indexHandlers, useDatasetServer } from '../testing/dataset-server';
import { plainIndex } from '../analysis/plain-index';
import { renderApp } from '../testing/render-app';

const { server, dataset } = useDatasetServer();

const section = async (name: string) => (await screen.findByRole('heading', { level: 2, name })).closest('section') as HTMLElement;

/** Rows whose facet holds `unknown` beside another option, read straight from the raw index. */
function contradictoryRows(facet: FacetId): number[] {
  const { options, combos, rows } = dataset().index().facets[facet];
  return Array.from(rows).flatMap((combo, row) => {
    const written = combos[combo].map((option) => options[option]);
    return written.length > 1 && written.includes(UNKNOWN) ? [row] : [];
  });
}

const statValue = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('QualityPage on the real build', () => {
  it('lists an incident published after today, where a typo in its year would stretch every trend to that year', async () => {
    const index = dataset().index();
    const typo = Array.from(index.published).findIndex((ymd) => ymd !== 0);
    const plain = plainIndex(index);
    server.use(...indexHandlers({ ...plain, published: Array.from(plain.published, (ymd, row) => (row === typo ? 20990101 : ymd)) }));
    renderApp('?view=quality');
    const dates = await section('Dated after today');
    expect(within(dates).getByText(/^1 incident is published after today/)).toBeDefined();
    const row = within(dates).getAllByRole('row')[1];
    expect(within(row).getByRole('link', { name: index.title[typo] })).toBeDefined();
    expect(row.textContent).toContain('1 Jan 2099');
  });

  it('says when no incident is dated after today', async () => {
    renderApp('?view=quality');
    expect(within(await section('Dated after today')).getByText('No incident is published after today.')).toBeDefined();
  });

  it('summarises the build: 38 inputs, 36 incidents, 1 skipped', async () => {
    renderApp('?view=quality');
    expect(await screen.findByRole('heading', { level: 1, name: 'Data quality' })).toBeDefined();
    await screen.findByText('Incidents', { selector: 'dt' });
    expect(statValue('Inputs read')).toBe('38');
    expect(statValue('Incidents')).toBe('36');
    expect(statValue('Inputs skipped')).toBe('1');
    expect(statValue('Duplicates merged')).toBe('0');
    expect(statValue('Warnings')).toBe('0');
  });

  it('lists the skipped README.md with its reason', async () => {
    renderApp('?view=quality');
    const skipped = await section('Skipped inputs');
    const row = within(skipped).getByText('fail-export/README.md').closest('tr') as HTMLElement;
    expect(within(row).getByText(/documentation, not a report/)).toBeDefined();
    expect(within(skipped).getAllByRole('row')).toHaveLength(2);
  });

  it('shows per facet the share of only-unknown, any-unknown and not-analysed incidents', async () => {
    renderApp('?view=quality');
    const gaps = await section('Gaps per facet');
    const rows = within(gaps).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
      FACET_DISPLAY_ORDER.map((facet) => FACETS[facet].name),
    );
    const recurring = within(gaps).getByRole('rowheader', { name: 'Recurring' }).closest('tr') as HTMLElement;
    expect(within(recurring).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['16.7% (6)', '16.7% (6)', '5.6% (2)']);
    const phase = within(gaps).getByRole('rowheader', { name: 'Phase' }).closest('tr') as HTMLElement;
    expect(within(phase).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0% (0)', '0% (0)', '2.8% (1)']);
    const capability = within(gaps).getByRole('rowheader', { name: 'Capability' }).closest('tr') as HTMLElement;
    const [only, any] = within(capability).getAllByRole('cell').map((cell) => Number(/\((\d+)\)/.exec(cell.textContent ?? '')?.[1]));
    expect(any - only).toBe(contradictoryRows('capability').length);
    expect(within(await section('Options outside the vocabulary')).getByText('Every option is in the taxonomy.')).toBeDefined();
  });

  it('lists incidents labelled both an option and unknown as contradictory, each a link to its incident', async () => {
    const user = userEvent.setup();
    const index = dataset().index();
    const expected = FACET_DISPLAY_ORDER.flatMap((facet) => contradictoryRows(facet).map((row) => [FACETS[facet].name, index.title[row]]));
    expect(expected.length).toBeGreaterThan(0);
    renderApp('?view=quality');
    const contradictory = await section('Contradictory labels');
    const rows = within(contradictory).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(0, 2).map((cell) => cell.textContent))).toEqual(expected);
    const [, title] = expected[0];
    await user.click(within(contradictory).getAllByRole('link', { name: title })[0]);
    expect(window.location.search).toBe(`?view=incident&id=${index.id[index.title.indexOf(title)]}`);
  });

  it('shows warnings under their input and links a duplicate to the incident it became', async () => {
    const report = dataset().json<BuildReport>('build-report.json');
    const edited: BuildReport = {
      ...report,
      inputs: [
        ...report.inputs,
        { source: 'reports/copy.txt', status: 'duplicate', incident: 'fail-2751', diagnostics: [] },
        {
          source: 'reports/odd.txt',
          status: 'ok',
          incident: 'fail-2730',
          diagnostics: [{ level: 'warning', message: 'row "Phase" has an option outside the vocabulary', line: 12 }],
        },
      ],
    };
    server.use(http.get('*/data/build-report.json', () => HttpResponse.json(edited)));
    const user = userEvent.setup();
    renderApp('?view=quality');
    const warnings = await section('Warnings');
    expect(within(warnings).getByRole('heading', { level: 3, name: 'reports/odd.txt' })).toBeDefined();
    expect(within(warnings).getByText(/row "Phase" has an option outside the vocabulary/)).toBeDefined();
    expect(within(warnings).getByText(/line 12/)).toBeDefined();
    const duplicates = await section('Duplicates');
    const title = dataset().json<{ title: string }>('incidents/fail-2751.json').title;
    await user.click(await within(duplicates).findByRole('link', { name: title }));
    expect(window.location.search).toBe('?view=incident&id=fail-2751');
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeDefined();
  });

  it('counts the inputs raising each kind of warning before listing them input by input', async () => {
    const report = dataset().json<BuildReport>('build-report.json');
    const warned = (i: number) => ({
      source: `odd-${i}.txt`,
      status: 'ok' as const,
      incident: null,
      diagnostics: [
        { level: 'warning' as const, message: 'no Recurring row: not analysed', line: null },
        { level: 'warning' as const, message: `Domain: option 'x${i}' is not in the vocabulary`, line: 9 },
      ],
    });
    server.use(http.get('*/data/build-report.json', () => HttpResponse.json({ ...report, inputs: [...report.inputs, warned(0), warned(1), warned(2)] })));
    renderApp('?view=quality');
    const warnings = await section('Warnings');
    const kinds = within(warnings).getByRole('table', { name: 'Warnings by kind' });
    const cells = within(kinds)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(cells).toEqual([
      ["Domain: option '…' is not in the vocabulary", '3', '3', 'odd-0.txt'],
      ['no Recurring row: not analysed', '3', '3', 'odd-0.txt'],
    ]);
    expect(within(warnings).getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });

  it('lists thousands of warned and skipped inputs a hundred at a time, saying how many there are', async () => {
    const report = dataset().json<BuildReport>('build-report.json');
    const many = (status: 'ok' | 'skipped', count: number) =>
      Array.from({ length: count }, (_, i) => ({
        source: `bulk/${status}-${String(i).padStart(4, '0')}.txt`,
        status,
        incident: null,
        diagnostics: [{ level: status === 'ok' ? ('warning' as const) : ('error' as const), message: `problem '${i}'`, line: 3 }],
      }));
    const copies = Array.from({ length: 1200 }, (_, i) => ({ source: `bulk/copy-${i}.txt`, status: 'duplicate' as const, incident: 'fail-2751', diagnostics: [] }));
    const edited: BuildReport = { ...report, inputs: [...report.inputs, ...many('ok', 2500), ...many('skipped', 1500), ...copies] };
    server.use(http.get('*/data/build-report.json', () => HttpResponse.json(edited)));
    const user = userEvent.setup();
    renderApp('?view=quality');
    const warnings = await section('Warnings');
    expect(within(warnings).getAllByRole('heading', { level: 3 })).toHaveLength(100);
    expect(within(warnings).getByText('The first 100 of 2,500 inputs with warnings.')).toBeDefined();
    const kinds = within(within(warnings).getByRole('table', { name: 'Warnings by kind' })).getAllByRole('row');
    expect(kinds.map((row) => row.textContent)).toEqual([expect.stringMatching(/^Warning/), "problem '…'2,5002,500bulk/ok-0000.txt"]);
    await user.click(within(warnings).getByRole('button', { name: 'Show 100 more' }));
    expect(within(warnings).getAllByRole('heading', { level: 3 })).toHaveLength(200);
    expect(within(warnings).getByRole('heading', { level: 3, name: 'bulk/ok-0199.txt' })).toBeDefined();
    const skipped = await section('Skipped inputs');
    // The bundled README.md is skipped too, first in input order.
    expect(within(skipped).getAllByRole('row')).toHaveLength(101);
    expect(within(skipped).getByText('The first 100 of 1,501 reasons.')).toBeDefined();
    const duplicates = await section('Duplicates');
    expect(within(duplicates).getAllByRole('listitem')).toHaveLength(100);
    expect(within(duplicates).getByText('The first 100 of 1,200 duplicates.')).toBeDefined();
  });

  it('keeps the index sections when the build report fails, and retries it', async () => {
    let fail = true;
    server.use(
      http.get('*/data/build-report.json', () => (fail ? new HttpResponse(null, { status: 404 }) : HttpResponse.json(dataset().json('build-report.json')))),
    );
    const user = userEvent.setup();
    renderApp('?view=quality');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('build-report.json was not found (HTTP 404)')).toBeDefined();
    expect(await section('Gaps per facet')).toBeDefined();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('fail-export/README.md')).toBeDefined();
  });
});
