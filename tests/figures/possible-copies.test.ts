import { describe, expect, it } from 'vitest';
import { groupColumns } from '../../src/analysis/option-groups';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { KnownChartSchema } from '../../src/figures/chart-descriptor';
import type { KnownChart } from '../../src/figures/chart-descriptor';
import { figureOf } from '../../src/figures/figure-of';
import { figureInputOf } from '../../src/state/figure-input';
import { parseUrlState } from '../../src/state/url-state';
import { realDataset } from '../testing/real-dataset';

const CHARTS: readonly (readonly [view: string, chart: KnownChart])[] = [
  ['', { kind: 'facet', facet: 'domain' }],
  ['?view=trends&per=year', { kind: 'trend', facet: 'phase' }],
  ['?view=trends', { kind: 'period-totals' }],
  ['?view=crosstab&rows=phase&cols=objective', { kind: 'crosstab', rows: 'phase', columns: 'objective' }],
  ['?view=crosstab&co=consequence', { kind: 'cooccurrence', facet: 'consequence' }],
  ['?view=crosstab&co=consequence', { kind: 'option-sets', facet: 'consequence' }],
  ['?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious', { kind: 'cohorts' }],
];

/** The figure of `chart` over the bundled dataset, as if its build had left `possibleCopies` incidents that may be copies. */
function figureWith(possibleCopies: number, [view, chart]: (typeof CHARTS)[number]) {
  const index = { ...realDataset().index(), possibleCopies };
  return figureOf(figureInputOf(groupColumns(prepareColumns(index)), index.build), parseUrlState(view), KnownChartSchema.parse(chart));
}

describe('a figure of a dataset with possible duplicates left to review', () => {
  it.each(CHARTS)('warns that incidents may be counted more than once: %s %o', (view, chart) => {
    expect(figureWith(1999, [view, chart]).warnings).toContain(
      'Up to 1,999 incidents may be copies of others: possible duplicates not yet reviewed, each copy counted as an incident in every figure.',
    );
    expect(figureWith(1, [view, chart]).warnings).toContain(
      'Up to 1 incident may be a copy of another: a possible duplicate not yet reviewed, counted as an incident in every figure.',
    );
    expect(figureWith(0, [view, chart]).warnings.join(' ')).not.toMatch(/cop(y|ies) of/);
  });
});
