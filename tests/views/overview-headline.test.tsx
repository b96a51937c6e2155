// @vitest-environment jsdom
import { plainIndex } from '../analysis/plain-index';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type DatasetIndex } from '../../src/domain/schema';
import { FACETS, FACET_IDS } from '../../src/domain/taxonomy';
import { useDatasetServer, indexHandlers } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { optionsOfRow, panelOf, rowsWhere } from './overview-expected';

const { server, dataset } = useDatasetServer();

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** The real index with the first `count` reports' facets all emptied: reports nobody has classified yet. */
function withUnclassifiedReports(count: number): DatasetIndex {
  const index = dataset().index();
  const emptied = rowsWhere(index, (row) => index.kind[row] === 0).slice(0, count);
  const facets = Object.fromEntries(
    FACET_IDS.map((facet) => {
      const column = index.facets[facet];
      const empty = column.combos.findIndex((combo) => combo.length === 0);
      return [facet, { ...column, rows: column.rows.map((combo, row) => (emptied.includes(row) ? empty : combo)) }];
    }),
  ) as DatasetIndex['facets'];
  return { ...index, facets };
}

const analysedStat = () => screen.getByText('Analysed', { selector: 'dt' }).nextElementSibling?.textContent ?? '';

describe('the headline', () => {
  it('counts incidents with a classified facet as analysed, not reports, and agrees with the panels on reports alone', async () => {
    const user = userEvent.setup();
    const edited = withUnclassifiedReports(3);
    server.use(...indexHandlers(plainIndex(edited)));
    renderApp('');
    await screen.findByRole('region', { name: FACETS.phase.name });
    const all = rowsWhere(edited, () => true);
    const classified = all.filter((row) => FACET_IDS.some((facet) => optionsOfRow(edited, facet, row).length > 0));
    expect(classified.length).toBe(all.filter((row) => edited.kind[row] === 0).length - 3);
    expect(analysedStat()).toMatch(new RegExp(`^${percent.format(classified.length / all.length)} ${classified.length} of ${all.length} incidents have a classified facet`));

    await user.click(screen.getByRole('radio', { name: 'Reports' }));
    expect(window.location.search).toBe('?kind=report');
    const reports = all.filter((row) => edited.kind[row] === 0);
    expect(await screen.findByText(`${reports.length} of ${all.length} incidents`)).toBeDefined();
    expect(analysedStat()).toMatch(new RegExp(`^${percent.format(classified.length / reports.length)} `));
    const unclassifiedPhase = reports.filter((row) => optionsOfRow(edited, 'phase', row).length === 0).length;
    const phaseNotAnalysed = within(panelOf('phase')).getByRole('button', { name: /^not analysed \d/ });
    expect(phaseNotAnalysed.getAttribute('aria-label')).toMatch(new RegExp(`^not analysed ${unclassifiedPhase} \\(${percent.format(unclassifiedPhase / reports.length)}\\), Phase, ${unclassifiedPhase} incidents,`));
    expect(unclassifiedPhase).toBeGreaterThanOrEqual(reports.length - classified.length);
  });

  it('says how many incidents may be copies of others while possible duplicates wait for review, and links to them', async () => {
    const user = userEvent.setup();
    server.use(...indexHandlers(plainIndex({ ...dataset().index(), possibleCopies: 1999 })));
    renderApp('');
    const notice = await screen.findByRole('note', { name: 'Possible copies' });
    expect(notice.textContent).toBe(
      'Up to 1,999 incidents may be copies of others: possible duplicates not yet reviewed, each copy counted as an incident in every figure. Review them on Data quality',
    );
    await user.click(within(notice).getByRole('link', { name: 'Review them on Data quality' }));
    expect(window.location.search).toBe('?view=quality');
    expect(await screen.findByRole('heading', { level: 2, name: 'Possible duplicates' })).toBeDefined();
  });

  it('says so once, above the panels, rather than under each of them', async () => {
    server.use(...indexHandlers(plainIndex({ ...dataset().index(), possibleCopies: 1999 })));
    renderApp('');
    await screen.findByRole('note', { name: 'Possible copies' });
    const panel = await screen.findByRole('region', { name: FACETS.phase.name });
    expect(within(panel).getByText(/^Multi-valued/)).toBeDefined();
    expect(screen.getAllByText(/may be copies of others/)).toHaveLength(1);
  });

  it('says nothing of copies where no possible duplicate waits for review', async () => {
    expect(dataset().index().possibleCopies).toBe(0);
    renderApp('');
    await screen.findByRole('region', { name: FACETS.phase.name });
    expect(screen.queryByRole('note', { name: 'Possible copies' })).toBeNull();
  });

  it('names the kind filter by source, apart from analysed', async () => {
    renderApp('?kind=article');
    await screen.findByRole('region', { name: FACETS.phase.name });
    const group = screen.getByRole('group', { name: 'Source' });
    expect(within(group).getAllByRole('radio').map((radio) => radio.parentElement?.textContent)).toEqual(['All', 'Reports', 'Raw articles']);
    expect((within(group).getByRole('radio', { name: 'Raw articles' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Source: raw articles')).toBeDefined();
    expect(analysedStat()).toMatch(/^0% 0 of 1 incident has a classified facet; 0 reports, 1 raw article$/);
  });
});
