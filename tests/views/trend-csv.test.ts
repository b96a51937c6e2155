import { describe, expect, it } from 'vitest';
import { fromIndices } from '../../src/analysis/bitset';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { trendByOption } from '../../src/analysis/trend';
import { barLabel } from '../../src/domain/option-label';
import { trendCsv } from '../../src/views/trends/trend-csv';
import { trendData, trendSeries } from '../../src/figures/trend-series';
import { fixtureIndex } from '../analysis/index-fixture';
import { readCsvParts } from '../export/read-csv';

/** 2019: design, design+operation, one not analysed; 2020: nothing; 2021: unknown and outside-system boundary. */
const columns = prepareColumns(
  fixtureIndex([
    { published: 20190301, facets: { phase: ['design'] } },
    { published: 20190601, facets: { phase: ['design', 'operation'] } },
    { published: 20190901, facets: { boundary: ['outside_system'] } },
    { published: 20210704, facets: { phase: ['unknown'] } },
  ]),
);

function csvFor(excludeGaps: boolean) {
  const trend = trendByOption(columns, fromIndices([0, 1, 2, 3], 4), 'phase', 'year', { excludeGaps });
  const series = trendSeries(trend, (option) => barLabel('phase', option), () => 'red');
  return trendCsv(trendData(trend, series, 'share'), series);
}

describe('trendCsv', () => {
  it('names series as the chart does, never by an internal key', () => {
    const text = csvFor(false);
    const { table } = readCsvParts(text);
    const option = table[0].indexOf('option');
    expect(new Set(table.slice(1).map((record) => record[option]))).toEqual(new Set(['design', 'operation', 'any unknown', 'not analysed', '']));
    expect(text).not.toContain('__none__');
  });

  it('says "no incident" for a period without one instead of a row of zeros', () => {
    const { table } = readCsvParts(csvFor(false));
    const rows2020 = table.filter((record) => record[0] === '2020');
    expect(rows2020).toHaveLength(1);
    expect(rows2020[0]).toContain('no incident');
  });

  it('names each record’s denominator, which differs within a period once gaps are left out', () => {
    const { table } = readCsvParts(csvFor(true));
    const [header] = table;
    const of = (period: string, label: string) => {
      const record = table.find((r) => r[0] === period && r[header.indexOf('option')] === label)!;
      return [record[header.indexOf('denominator')], record[header.indexOf('denominator_counts')]];
    };
    expect(of('2019', 'design')).toEqual(['2', 'N (gaps left out)']);
    expect(of('2019', 'not analysed')).toEqual(['3', 'incidents of the period']);
  });
});
