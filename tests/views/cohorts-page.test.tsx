// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads, textOf } from '../export/capture-downloads';
import { readCsvParts } from '../export/read-csv';
import { type DatasetIndex } from '../../src/domain/schema';
import { FACETS, FACET_IDS } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { hasOption, rowsWhere } from './overview-expected';

const { dataset } = useDatasetServer();

const rawIndex = () => dataset().index();
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

const MALICIOUS_VS_NOT = '?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious';

const cohort = (name: 'A' | 'B') => screen.getByRole('region', { name: `Cohort ${name}` });

async function renderCohorts(search: string) {
  renderApp(search);
  await screen.findByRole('heading', { level: 2, name: 'Cohort B against cohort A' });
}

/** "k of n (x%)" for an option within a cohort's rows, as the table writes it. */
function shareText(index: DatasetIndex, rows: readonly number[], facet: FacetId, option: string): string {
  const count = rows.filter((row) => hasOption(index, facet, row, option)).length;
  return `${count} of ${rows.length} (${percent.format(count / rows.length)})`;
}

async function tableRows() {
  const user = userEvent.setup();
  await user.click(screen.getByText('Table of the numbers'));
  const table = screen.getByRole('table', { name: 'Cohort B against cohort A, option by option' });
  return within(table).getAllByRole('row').slice(1) as HTMLTableRowElement[];
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the cohorts view', () => {
  it('sizes each cohort and shares every option as naive counts over the raw rows do', async () => {
    const index = rawIndex();
    const a = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious'));
    const b = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'non-malicious'));
    await renderCohorts(MALICIOUS_VS_NOT);
    expect(within(cohort('A')).getByText(new RegExp(`^${a.length} incidents`))).toBeDefined();
    expect(within(cohort('B')).getByText(new RegExp(`^${b.length} incidents`))).toBeDefined();
    const rows = await tableRows();
    for (const facet of ['boundary', 'domain'] as const) {
      for (const option of FACETS[facet].options) {
        const row = rows.find((r) => within(r).getByRole('rowheader').textContent === FACETS[facet].name && r.cells[1].textContent === option.label)!;
        expect(row.cells[2].textContent).toBe(shareText(index, a, facet, option.id));
        expect(row.cells[3].textContent).toBe(shareText(index, b, facet, option.id));
      }
    }
  });

  it('links each share of the plot to that cohort’s incidents having the option', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const both = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious') && hasOption(index, 'boundary', row, 'outside_system')).length;
    await renderCohorts(MALICIOUS_VS_NOT);
    await user.click(screen.getByRole('link', { name: new RegExp(`^[\\d.<>]+%, cohort A, outside system: ${both} of \\d+\\. List them$`) }));
    expect(new URLSearchParams(window.location.search).get('f.boundary')).toBe('outside_system');
    expect(new URLSearchParams(window.location.search).get('f.objective')).toBe('malicious');
    expect(await screen.findByText(`${both} of ${index.count} incidents`)).toBeDefined();
  });

  it('swaps A and B in one click', async () => {
    const user = userEvent.setup();
    const index = rawIndex();
    const malicious = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious')).length;
    await renderCohorts(MALICIOUS_VS_NOT);
    await user.click(screen.getByRole('button', { name: '⇄ Swap A and B' }));
    expect(window.location.search).toBe('?view=cohorts&a.f.objective=non-malicious&b.f.objective=malicious');
    expect(within(cohort('B')).getByText(new RegExp(`^${malicious} incidents`))).toBeDefined();
    expect(within(cohort('B')).getByText('Objective: malicious')).toBeDefined();
  });

  it('starts both cohorts from the selection, a cohort’s own filter replacing the selection’s', async () => {
    const index = rawIndex();
    const finance = (row: number) => hasOption(index, 'domain', row, 'finance');
    const a = rowsWhere(index, (row) => finance(row) && hasOption(index, 'objective', row, 'malicious'));
    const b = rowsWhere(index, (row) => hasOption(index, 'domain', row, 'health') && hasOption(index, 'objective', row, 'malicious'));
    renderApp('?f.domain=finance&f.objective=malicious&view=cohorts&b.f.domain=health');
    expect(await within(await screen.findByRole('region', { name: 'Cohort A' })).findByText(new RegExp(`^${a.length} incidents?`))).toBeDefined();
    expect(within(cohort('B')).getByText(new RegExp(`^${b.length} incidents?`))).toBeDefined();
  });

  it('defines cohorts from an example or option by option, all in the URL', async () => {
    const user = userEvent.setup();
    renderApp('?view=cohorts');
    expect(await screen.findByText('Give cohort A or B a filter of its own to compare them.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Malicious vs non-malicious' }));
    expect(window.location.search).toBe(MALICIOUS_VS_NOT);
    await user.selectOptions(within(cohort('B')).getByRole('combobox', { name: 'Facet' }), 'domain');
    await user.selectOptions(within(cohort('B')).getByRole('combobox', { name: 'Option' }), 'finance');
    await user.click(within(cohort('B')).getByRole('button', { name: 'Add this option to Cohort B' }));
    expect(window.location.search).toBe(`${MALICIOUS_VS_NOT}&b.f.domain=finance`);
    await user.click(within(cohort('A')).getByRole('button', { name: 'Remove Objective: malicious from Cohort A' }));
    expect(window.location.search).toBe('?view=cohorts&b.f.objective=non-malicious&b.f.domain=finance');
  });

  it('says what the marks mean: adjustment over the stated family, small cohorts and overlap', async () => {
    const index = rawIndex();
    const a = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious'));
    const b = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'non-malicious'));
    // Every option of every other facet found in either cohort is one test of the family.
    const family = FACET_IDS.filter((facet) => facet !== 'objective').reduce(
      (total, facet) =>
        total + index.facets[facet].options.filter((option) => [...a, ...b].some((row) => hasOption(index, facet, row, option))).length,
      0,
    );
    await renderCohorts(MALICIOUS_VS_NOT);
    expect(screen.getByText(new RegExp(`significant after the Benjamini–Hochberg adjustment across the family of ${family} tested comparisons`))).toBeDefined();
    expect(screen.getByText(/incidents are in both cohorts; the tests assume independent samples/)).toBeDefined();
    expect(screen.getByText(`Small cohorts: A has ${a.length} incidents and B ${b.length}, fewer than 30 each, so intervals are wide and few differences can reach significance.`)).toBeDefined();
  });

  it('shows the facet that defines the cohorts, marked and left out of the tests', async () => {
    await renderCohorts(MALICIOUS_VS_NOT);
    const note = screen.getByText(/^Defines the cohorts:/).closest('li') as HTMLElement;
    expect(note.textContent).toMatch(/^Defines the cohorts: Objective is used by the cohorts’ own filters/);
    expect(screen.getByText(/^Objective \(N: A \d+, B \d+\): defines the cohorts, not tested$/)).toBeDefined();
    const rows = await tableRows();
    const objective = rows.filter((r) => within(r).getByRole('rowheader').textContent === 'Objective (defines the cohorts)');
    expect(objective.length).toBeGreaterThan(0);
    for (const row of objective) {
      expect(row.textContent).toMatch(/not tested/);
      expect(row.textContent).not.toMatch(/significant|p [=<]/);
    }
    const malicious = objective.find((r) => r.cells[1].textContent === 'malicious');
    expect(malicious?.textContent).toMatch(/[+−]\d+ pts to [+−]\d+ pts\s*defines the cohorts: not tested/);
  });

  it('exports an image and a CSV that name both cohorts, count A or B as the page does, and carry its warnings', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    const index = rawIndex();
    const a = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious'));
    const b = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'non-malicious'));
    const both = a.filter((row) => b.includes(row)).length;
    const counted = `${a.length + b.length - both} incidents in A or B: ${a.length} in A, ${b.length} in B, ${both} in both`;
    await renderCohorts(MALICIOUS_VS_NOT);
    expect(screen.getByText(new RegExp(`^N = ${counted} · `))).toBeDefined();
    expect(screen.getByText(new RegExp(`^${both} incidents are in both cohorts`))).toBeDefined();
    const actions = screen.getByRole('toolbar', { name: /: pin, download or share$/ });
    await user.click(within(actions).getByRole('button', { name: 'SVG' }));
    await user.click(within(actions).getByRole('button', { name: 'CSV' }));
    await vi.waitFor(() => expect(files).toHaveLength(2));
    const file = (end: string) => files.find((each) => each.name.endsWith(end))!;
    const svg = await textOf(file('.svg'));
    expect(svg).toContain('Cohort B (Objective = non-malicious) against cohort A (Objective = malicious)');
    expect(svg).toContain('Filters: Cohort A: Objective = malicious; Cohort B: Objective = non-malicious');
    expect(svg).toContain(`N = ${counted}`);
    expect(svg).toContain(`${both} incidents are in both cohorts`);
    expect(svg).toContain(`Small cohorts: A has ${a.length} incidents and B ${b.length}`);
    const { context, table } = readCsvParts(await textOf(file('.csv')));
    expect(context.get('N')).toBe(counted);
    expect(context.get('filters')).toBe('Cohort A: Objective = malicious; Cohort B: Objective = non-malicious');
    expect(table[0].slice(0, 4)).toEqual(['Facet', 'Option', 'A incidents', 'A N']);
    expect(table.slice(1).flatMap((record) => record.slice(12)).filter((cell) => /^[a-z]+(-[a-z]+)+$|^(z|fisher)$/.test(cell))).toEqual([]);
  });
});
