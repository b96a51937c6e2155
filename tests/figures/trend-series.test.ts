import { describe, expect, it } from 'vitest';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { trendByOption } from '../../src/analysis/trend';
import { drawnSeries, trendData, trendSeries } from '../../src/figures/trend-series';
import { fixtureIndex } from '../analysis/index-fixture';

/** 2019: two design, one design+operation, one not analysed; 2020: nothing; 2021: one unknown. */
const columns = prepareColumns(
  fixtureIndex([
    { published: 20190105, facets: { phase: ['design'] } },
    { published: 20190610, facets: { phase: ['design'] } },
    { published: 20191231, facets: { phase: ['design', 'operation'] } },
    { published: 20190301 },
    { published: 20210704, facets: { phase: ['unknown'] } },
  ]),
);

const trendOf = (excludeGaps: boolean) => trendByOption(columns, columns.all, 'phase', 'year', { excludeGaps });
const seriesOf = (excludeGaps: boolean) => trendSeries(trendOf(excludeGaps), (option) => option, (option) => `colour-${option}`);

describe('trend series and data', () => {
  it('gives every option of the dictionary a series, then not analysed, with its total over the span', () => {
    const series = seriesOf(false);
    expect(series.map((s) => [s.option, s.mark, s.total])).toEqual([
      ['design', 'option', 3],
      ['operation', 'option', 1],
      ['unknown', 'unknown', 1],
      [NOT_ANALYSED, 'not-analysed', 1],
    ]);
    expect(series.every((s, i) => s.index === i)).toBe(true);
  });

  it('plots shares of the period, null in an empty period, and counts as they are', () => {
    const trend = trendOf(false);
    const series = seriesOf(false);
    const shares = trendData(trend, series, 'share');
    expect(shares.map((d) => d.key)).toEqual(['2019', '2020', '2021']);
    expect(shares[0].values).toEqual([3 / 4, 1 / 4, 0, 1 / 4]);
    expect(shares[1]).toMatchObject({ empty: true, values: [null, null, null, null] });
    expect(trendData(trend, series, 'count')[1].values).toEqual([0, 0, 0, 0]);
  });

  it('leaves the gaps off the share axis when they are left out of N, but keeps their counts', () => {
    const trend = trendOf(true);
    const series = seriesOf(true);
    const shares = trendData(trend, series, 'share');
    expect(shares[0]).toMatchObject({ incidents: 4, n: 3 });
    expect(shares[0].values).toEqual([1, 1 / 3, null, null]);
    expect(drawnSeries(series, shares).map((s) => s.option)).toEqual(['design', 'operation']);
    expect(trendData(trend, series, 'count')[0].values).toEqual([3, 1, 0, 1]);
  });
});
