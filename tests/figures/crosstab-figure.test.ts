import { describe, expect, it } from 'vitest';
import { groupColumns } from '../../src/analysis/option-groups';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { runShufflePlan } from '../../src/analysis/shuffle-plan';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { crosstabFigure } from '../../src/figures/crosstab-figure';
import type { CrosstabFigure } from '../../src/figures/crosstab-figure';
import { figureInputOf } from '../../src/state/figure-input';
import { shufflePlanKey } from '../../src/state/run-shuffles';
import { fixtureIndex } from '../analysis/index-fixture';
import type { FixtureRow } from '../analysis/index-fixture';
import { figureInput, viewState } from './figure-fixture';

const ROWS: readonly FixtureRow[] = [
  { published: 20190101, facets: { phase: ['design'], objective: ['malicious'], domain: ['finance'] } },
  { published: 20200601, facets: { phase: ['design'], objective: ['non-malicious'], domain: ['finance'] } },
  { published: 20180301, facets: { phase: ['operation'], objective: ['malicious'], domain: ['finance'] } },
  { published: 20210101, facets: { phase: ['design', 'operation'], objective: ['malicious'], domain: ['finance'] } },
  { published: 20220101, facets: { phase: ['unknown'], objective: ['malicious'], domain: ['finance'] } },
  { published: 20230101, facets: { domain: ['finance'] } },
  { published: 20170101, facets: { phase: ['operation'], objective: ['non-malicious'], domain: ['health'] } },
];
const input = figureInput(ROWS);

const FINANCE_MALICIOUS = 'f.domain=finance&f.objective=malicious';

const cell = (figure: CrosstabFigure, row: string, col: string) => {
  const i = figure.rows.findIndex((line) => line.key === row);
  const j = figure.cols.findIndex((line) => line.key === col);
  return figure.cells[i][j];
};
const record = (figure: CrosstabFigure, row: string, col: string) => figure.table.rows.find((each) => each[0] === row && each[1] === col);

describe('crosstabFigure', () => {
  it('counts the selection without the two facets’ own filters, names every filter and dates what N counts', () => {
    const figure = crosstabFigure(input, viewState(FINANCE_MALICIOUS), 'phase', 'objective');
    expect(figure.chart).toEqual({ kind: 'crosstab', rows: 'phase', columns: 'objective' });
    expect(figure.title).toBe('Phase × Objective');
    expect(figure.n).toEqual({ value: 6, counts: 'incidents, unknown and not analysed included' });
    expect(figure.filters).toEqual(expect.arrayContaining(['Objective = malicious', 'Domain = finance']));
    expect(figure.filters).toHaveLength(2);
    expect(figure.published).toEqual({ first: 20180301, last: 20230101 });
    expect(figure.build).toBe('fixture');
    expect(figure.notes).toContain('Counted without the selection’s own Objective filter, so every option stays in the table.');
    expect([cell(figure, 'design', 'malicious').count, cell(figure, 'design', 'non-malicious').count, cell(figure, NOT_ANALYSED, NOT_ANALYSED).count]).toEqual([2, 1, 1]);
    expect(figure.rows.find((line) => line.key === 'design')?.total).toBe(3);
  });

  it('leaves unknown and not analysed out of N when asked, and says how many', () => {
    const figure = crosstabFigure(input, viewState(`${FINANCE_MALICIOUS}&gaps=0`), 'phase', 'objective');
    expect(figure.n).toEqual({ value: 4, counts: 'incidents with a real answer in both facets; 2 left out (unknown or not analysed in either facet)' });
    expect(figure.published).toEqual({ first: 20180301, last: 20210101 });
    expect(figure.rows.map((line) => line.key)).toEqual(['design', 'operation']);
    expect(record(figure, 'All', 'All')).toEqual(['All', 'All', 4, null, null, 1, null, null]);
  });

  it('leads a cell to the incidents having both options, a margin to its option, the total to the table, other filters kept', () => {
    const figure = crosstabFigure(input, viewState(FINANCE_MALICIOUS), 'phase', 'objective');
    const both = cell(figure, 'design', 'non-malicious').target;
    expect(both.state.view).toBe('overview');
    expect(both.state.filters.facets.phase).toEqual({ selected: ['design'], matchAll: false });
    expect(both.state.filters.facets.objective).toEqual({ selected: ['non-malicious'], matchAll: false });
    expect(both.state.filters.facets.domain.selected).toEqual(['finance']);
    expect(both.label).toMatch(/^Phase: design × Objective: non-malicious\. 1 incident\. /);
    const margin = figure.rows.find((line) => line.key === 'design')!.target;
    expect(margin.state.filters.facets.phase.selected).toEqual(['design']);
    expect(margin.state.filters.facets.objective.selected).toEqual([]);
    expect(margin.label).toBe('Phase: design, 3 incidents in all. List them');
    expect(figure.total.target.state.filters.facets.objective.selected).toEqual([]);
    expect(figure.total.target.state.filters.facets.domain.selected).toEqual(['finance']);
    expect(figure.total.target.label).toBe('All 6 incidents of the table. List them');
  });

  it('crosses a facet with itself: a cell leads to incidents having both options of it', () => {
    const figure = crosstabFigure(input, viewState(), 'phase', 'phase');
    expect(cell(figure, 'design', 'operation').count).toBe(1);
    expect(cell(figure, 'design', 'operation').target.state.filters.facets.phase).toEqual({ selected: ['design', 'operation'], matchAll: true });
  });

  it('states the permutation test as being computed, with the plan to run, until its result is known', () => {
    const pending = crosstabFigure(input, viewState(FINANCE_MALICIOUS), 'phase', 'objective');
    expect(pending.statistics).toHaveLength(1);
    expect(pending.statistics[0]).toMatch(/^X² = \d+\.\d\d, df = 1, p being computed \(permutation test, 10,000 shuffles of whole option sets\)\. Cramér’s V = \d\.\d\d, over 4 incidents rather than cells, but too few/);
    expect(pending.shuffle).not.toBeNull();
    const plan = pending.shuffle!;
    const result = runShufflePlan(plan);
    const known = figureInputOf(groupColumns(prepareColumns(fixtureIndex(ROWS))), 'fixture', new Map([[shufflePlanKey(plan), result]]));
    const figure = crosstabFigure(known, viewState(FINANCE_MALICIOUS), 'phase', 'objective');
    expect(figure.shuffle).toBeNull();
    expect(figure.statistics[0]).toContain(`p = ${result.pValue.toFixed(2)}`);
    expect(figure.statistics[0]).not.toContain('being computed');
  });

  it('warns of a small N and of expected counts below Cochran’s limits, and notes lines with no incident', () => {
    const figure = crosstabFigure(input, viewState(FINANCE_MALICIOUS), 'phase', 'objective');
    expect(figure.warnings).toEqual([
      'Small sample: N = 6, so one incident moves a share by 17 points.',
      'Expected counts too small for the chi-square distribution (Cochran’s rule: 4 of 4 expected counts are below 5, some below 1), so the p-value does not rely on it; the residuals are rough.',
    ]);
    expect(figure.notes).toContain('No incident, so not drawn: Objective: unknown.');
    expect(figure.notes[0]).toBe(
      'The test covers the 4 incidents with a real answer in both facets: expected = row total × column total ÷ 4; an outlined cell departs from it at the 5% level (|adjusted residual| > 1.96, cell by cell). The “All” margins also count unknown and not analysed, so they can be larger.',
    );
    expect(figure.notes[1]).toMatch(/^Several options per incident: an incident counts in every cell its options touch/);
  });

  it('says why there is no test when every incident falls in one row', () => {
    const figure = crosstabFigure(input, viewState('f.domain=health'), 'phase', 'objective');
    expect(figure.statistics).toEqual(['No test: every counted incident falls in one row, so there is nothing to compare.']);
    expect(figure.shuffle).toBeNull();
    expect(figure.warnings).toEqual(['Small sample: N = 1, so one incident moves a share by 100 points.']);
  });

  it('writes one record per cell with its shares, expected count and residual, then the margins', () => {
    const figure = crosstabFigure(input, viewState(FINANCE_MALICIOUS), 'phase', 'objective');
    expect(figure.table.header).toEqual(['Phase (rows)', 'Objective (columns)', 'Incidents', 'Row share', 'Column share', 'Overall share', 'Expected', 'Adjusted residual']);
    const [, , count, rowShare, colShare, overall, expected, residual] = record(figure, 'design', 'malicious')!;
    expect([count, rowShare, colShare, overall]).toEqual([2, 0.666667, 0.5, 0.333333]);
    // 3 of the 4 tested incidents have design, 3 malicious: 3 × 3 ÷ 4.
    expect(expected).toBe(2.25);
    expect(typeof residual).toBe('number');
    expect(record(figure, 'not analysed', 'not analysed')).toEqual(['not analysed', 'not analysed', 1, 1, 1, 0.166667, null, null]);
    expect(record(figure, 'design', 'All')).toEqual(['design', 'All', 3, null, null, 0.5, null, null]);
    expect(record(figure, 'All', 'malicious')).toEqual(['All', 'malicious', 4, null, null, 0.666667, null, null]);
    expect(figure.table.rows).toHaveLength(figure.rows.length * figure.cols.length + figure.rows.length + figure.cols.length + 1);
  });

  it('shows what the cell mode asks for and shades by residual with a legend to match', () => {
    const figure = crosstabFigure(input, viewState(`${FINANCE_MALICIOUS}&cell=row&shade=residual`), 'phase', 'objective');
    expect(cell(figure, 'design', 'malicious').text).toBe('66.7%');
    expect(cell(figure, 'design', 'malicious').subtext).toMatch(/^r [+−]\d\.\d$/);
    expect(figure.denominator).toMatch(/^Each cell is the share of its row’s incidents that also have the column’s option\./);
    expect(figure.legend.map((item) => item.key)).toEqual(['more', 'fewer', 'ring']);
  });

  it('gives a cell in a line that holds every tested incident no residual, and says why, never NaN', () => {
    // Every incident has design; two have operation as well: the design row holds all of them.
    const everyDesign = figureInput([
      { published: 20190101, facets: { phase: ['design'], objective: ['malicious'] } },
      { published: 20200101, facets: { phase: ['design', 'operation'], objective: ['non-malicious'] } },
      { published: 20210101, facets: { phase: ['design', 'operation'], objective: ['malicious'] } },
      { published: 20220101, facets: { phase: ['design'], objective: ['non-malicious'] } },
    ]);
    const figure = crosstabFigure(everyDesign, viewState(''), 'phase', 'objective');
    const designMalicious = cell(figure, 'design', 'malicious');
    expect(designMalicious.tip.join(' ')).not.toMatch(/NaN|Infinity/);
    expect(designMalicious.tip.at(-1)).toBe('No adjusted residual: every incident in the test has “design”, so this cell cannot depart from independence');
    expect(designMalicious.tip).toContain('Expected under independence: 4 × 2 ÷ 4 = 2.0');
    expect(record(figure, 'design', 'malicious')?.[7]).toBeNull();
    expect(cell(figure, 'operation', 'malicious').tip.at(-1)).toMatch(/^Adjusted residual [+−]\d/);
  });
});
