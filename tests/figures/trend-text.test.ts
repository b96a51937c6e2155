import { describe, expect, it } from 'vitest';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { trendByOption } from '../../src/analysis/trend';
import { periodSentence, pointSentence } from '../../src/figures/trend-text';
import { barLabel } from '../../src/domain/option-label';
import { trendData, trendSeries } from '../../src/figures/trend-series';
import { fixtureIndex } from '../analysis/index-fixture';

/** 2019: design, design+unknown, unknown, not analysed; 2020: nothing; 2021: one design. */
const columns = prepareColumns(
  fixtureIndex([
    { published: 20190105, facets: { phase: ['design'] } },
    { published: 20190210, facets: { phase: ['design', 'unknown'] } },
    { published: 20190301, facets: { phase: ['unknown'] } },
    { published: 20190401 },
    { published: 20210704, facets: { phase: ['design'] } },
  ]),
);

function sentences(excludeGaps: boolean, period: string) {
  const trend = trendByOption(columns, columns.all, 'phase', 'year', { excludeGaps });
  const series = trendSeries(trend, (option) => barLabel('phase', option), () => 'red');
  const datum = trendData(trend, series, 'share').find((d) => d.key === period)!;
  return { period: periodSentence(datum, 10), points: series.filter((s) => s.total > 0).map((s) => pointSentence(s, datum, 'share')) };
}

describe('trend sentences', () => {
  it('write one denominator for every series when nothing is left out', () => {
    expect(sentences(false, '2019').points).toEqual([
      'Design: 2 of 4 (50%, 95% CI 15–85%)',
      'Any unknown: 2 of 4 (50%, 95% CI 15–85%)',
      'Not analysed: 1 of 4 (25%, 95% CI 5–70%)',
    ]);
  });

  it('name the two denominators of one period apart once gaps are left out, and what of unknown is left out', () => {
    const { period, points } = sentences(true, '2019');
    expect(period).toBe('2019: 4 incidents, N = 2 without gaps (fewer than 10: shares swing with one incident)');
    expect(points).toEqual([
      'Design: 2 of 2 in N (100%, 95% CI 34–100%)',
      'Any unknown: 2 (its only-unknown incidents left out of N)',
      'Not analysed: 1 of 4 incidents (25%, 95% CI 5–70%)',
    ]);
  });

  it('keep the case of an option outside the taxonomy, a report’s own word, at the start of a sentence', () => {
    const extra = prepareColumns(fixtureIndex([{ published: 20190105, facets: { phase: ['design', 'iOS_update'] } }]));
    const trend = trendByOption(extra, extra.all, 'phase', 'year');
    const series = trendSeries(trend, (option) => barLabel('phase', option), () => 'red');
    const datum = trendData(trend, series, 'count')[0];
    expect(series.filter((s) => s.total > 0).map((s) => pointSentence(s, datum, 'count'))).toEqual(['Design: 1 incident', 'iOS_update: 1 incident']);
  });

  it('say "no incident" for a period without one', () => {
    const { period, points } = sentences(false, '2020');
    expect(period).toBe('2020: no incident');
    expect(points.every((point) => point.endsWith(': no incident'))).toBe(true);
  });
});
