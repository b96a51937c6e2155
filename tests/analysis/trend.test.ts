import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBitset, fromIndices } from '../../src/analysis/bitset';
import { periodOrdinals } from '../../src/analysis/calendar-periods';
import type { Granularity } from '../../src/analysis/calendar-periods';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { defaultGranularity, periodBuckets, trendByOption } from '../../src/analysis/trend';
import type { TrendPoint } from '../../src/analysis/trend';
import { FACET_IDS, UNKNOWN } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { fixtureIndex } from './index-fixture';
import { rowsAndSelection } from './random-fixture';
import { SAMPLE } from './sample-incidents';

const columns = prepareColumns(fixtureIndex(SAMPLE));
const ALL = [0, 1, 2, 3, 4, 5, 6, 7];
const mask = (rows: number[]) => fromIndices(rows, columns.size);
const optionRow = (point: TrendPoint, option: string) => point.options.find((o) => o.option === option);

describe('defaultGranularity', () => {
  it.each([
    [0, 'month'],
    [200, 'month'],
    [365, 'month'],
    [366, 'quarter'],
    [1095, 'quarter'],
    [1096, 'year'],
    [5478, 'year'],
  ])('picks %d days → %s', (days, granularity) => {
    expect(defaultGranularity(days)).toBe(granularity);
  });
});

describe('periodBuckets', () => {
  // By hand from sample-incidents.ts: 2018 row 6, 2019 row 0, 2020 rows 1 and 5,
  // 2021 row 3, 2022 row 4; rows 2 and 7 undated.
  it('counts every year of the span and the undated apart', () => {
    const result = periodBuckets(columns, mask(ALL), 'year');
    expect(result.buckets.map((b) => [b.period.key, b.count, b.empty])).toEqual([
      ['2018', 1, false],
      ['2019', 1, false],
      ['2020', 2, false],
      ['2021', 1, false],
      ['2022', 1, false],
    ]);
    expect(result).toMatchObject({ granularity: 'year', dated: 6, undated: 2 });
  });

  it('marks empty periods inside the span', () => {
    const result = periodBuckets(columns, mask([3, 6]), 'year');
    expect(result.buckets.map((b) => [b.period.key, b.count, b.empty])).toEqual([
      ['2018', 1, false],
      ['2019', 0, true],
      ['2020', 0, true],
      ['2021', 1, false],
    ]);
  });

  it('spans quarters from the first dated incident to the last', () => {
    const result = periodBuckets(columns, mask(ALL), 'quarter');
    expect(result.buckets).toHaveLength(18);
    expect(result.buckets[0].period.key).toBe('2018-Q1');
    expect(result.buckets.at(-1)?.period.key).toBe('2022-Q2');
    expect(result.buckets.filter((b) => !b.empty).map((b) => [b.period.key, b.count])).toEqual([
      ['2018-Q1', 1],
      ['2019-Q1', 1],
      ['2020-Q1', 1],
      ['2020-Q2', 1],
      ['2021-Q4', 1],
      ['2022-Q2', 1],
    ]);
  });

  it.each([
    ['an empty selection', [], 0],
    ['undated incidents only', [2, 7], 2],
  ])('has no periods for %s', (_, rows, undated) => {
    expect(periodBuckets(columns, mask(rows), 'month')).toEqual({ granularity: 'month', buckets: [], dated: 0, undated });
  });

  it('works on an empty dataset', () => {
    const empty = prepareColumns(fixtureIndex([]));
    expect(periodBuckets(empty, createBitset(0), 'year')).toEqual({ granularity: 'year', buckets: [], dated: 0, undated: 0 });
  });
});

// Wilson intervals: SciPy 1.17.1, the textbook formula with z = norm.ppf(0.975)
// (tests/analysis/reference/statistics_reference.py, "wilson(x, n) for the sample trend"):
// 1 of 2 → [0.09453120573423074, 0.9054687942657693]; 0 of 1 → [0, 0.7934506856227626];
// 1 of 1 → [0.20654931437723745, 1].
describe('trendByOption', () => {
  const trend = trendByOption(columns, mask(ALL), 'phase', 'year');

  it('gives every period each option’s count and share of the period’s incidents', () => {
    expect(trend.periods.map((p) => [p.period.key, p.incidents, p.n, p.options.map((o) => o.count)])).toEqual([
      ['2018', 1, 1, [1, 0, 1]],
      ['2019', 1, 1, [1, 1, 0]],
      ['2020', 2, 2, [1, 0, 0]],
      ['2021', 1, 1, [0, 0, 1]],
      ['2022', 1, 1, [0, 0, 0]],
    ]);
    const design2020 = optionRow(trend.periods[2], 'design');
    expect(design2020?.share).toBe(0.5);
    expect(design2020?.interval?.low).toBeCloseTo(0.09453120573423074, 14);
    expect(design2020?.interval?.high).toBeCloseTo(0.9054687942657693, 14);
    const operation2018 = optionRow(trend.periods[0], 'operation');
    expect(operation2018?.interval?.low).toBe(0);
    expect(operation2018?.interval?.high).toBeCloseTo(0.7934506856227626, 14);
    expect(optionRow(trend.periods[1], 'design')?.interval?.low).toBeCloseTo(0.20654931437723745, 14);
  });

  it('reports the gaps of every period instead of dropping them', () => {
    expect(trend.periods.map((p) => [p.period.key, p.unknownOnly.count, p.notAnalysed.count])).toEqual([
      ['2018', 0, 0],
      ['2019', 0, 0],
      ['2020', 0, 1],
      ['2021', 1, 0],
      ['2022', 0, 1],
    ]);
    expect(trend.periods[2].notAnalysed.share).toBe(0.5);
    expect(trend.periods[2].notAnalysed.interval?.low).toBeCloseTo(0.09453120573423074, 14);
    expect(trend.periods[3].unknownOnly.share).toBe(1);
  });

  it('reports undated incidents apart', () => {
    expect(trend.undated).toMatchObject({ incidents: 2, n: 2, lowN: true });
    expect(trend.undated.options.map((o) => o.count)).toEqual([0, 1, 0]);
    expect(trend.undated.notAnalysed.count).toBe(1);
  });

  it('flags periods below the threshold as low n', () => {
    expect(trend.periods.every((p) => p.lowN)).toBe(true);
    const lenient = trendByOption(columns, mask(ALL), 'phase', 'year', { lowN: 2 });
    expect(lenient.periods.map((p) => p.lowN)).toEqual([true, true, false, true, true]);
    expect(lenient.lowNThreshold).toBe(2);
  });

  it('takes gaps out of the denominator when asked, keeping their own shares of the period', () => {
    const excluded = trendByOption(columns, mask(ALL), 'phase', 'year', { excludeGaps: true });
    const [y2018, , y2020, y2021, y2022] = excluded.periods;
    expect(y2020).toMatchObject({ incidents: 2, n: 1 });
    expect(optionRow(y2020, 'design')?.share).toBe(1);
    expect(y2020.notAnalysed.share).toBe(0.5);
    expect(optionRow(y2018, UNKNOWN)).toMatchObject({ count: 1, share: null, interval: null });
    for (const period of [y2021, y2022]) {
      expect(period.n).toBe(0);
      expect(period.options.every((o) => o.share === null && o.interval === null)).toBe(true);
    }
    expect(y2021.unknownOnly).toMatchObject({ count: 1, share: 1 });
  });

  it('shares nothing in an empty period, and draws it as empty', () => {
    const sparse = trendByOption(columns, mask([3, 6]), 'phase', 'year');
    const empty = sparse.periods[1];
    expect(empty).toMatchObject({ empty: true, incidents: 0, n: 0, lowN: true });
    expect(empty.options.every((o) => o.count === 0 && o.share === null && o.interval === null)).toBe(true);
    expect(empty.notAnalysed).toEqual({ count: 0, share: null, interval: null });
  });

  it('refuses periods made for another dataset', () => {
    expect(() => trendByOption(columns, mask(ALL), 'boundary', 'year', { ordinals: new Int32Array(3) })).toThrow(RangeError);
  });

  it('has no periods over an empty selection, and an empty undated group', () => {
    const none = trendByOption(columns, createBitset(columns.size), 'boundary', 'month');
    expect(none.periods).toEqual([]);
    expect(none.undated).toMatchObject({ incidents: 0, n: 0 });
  });

  it('counts like a row-by-row grouping, with shares in [0, 1] inside their intervals', () => {
    const granularity = fc.constantFrom<Granularity>('year', 'quarter', 'month');
    fc.assert(
      fc.property(
        rowsAndSelection,
        fc.constantFrom<FacetId>(...FACET_IDS),
        granularity,
        fc.boolean(),
        ([rows, selected], facet, g, excludeGaps) => {
          const prepared = prepareColumns(fixtureIndex(rows));
          // The periods kept for the dataset, as the trend figures pass them; periodBuckets makes its own.
          const result = trendByOption(prepared, fromIndices(selected, rows.length), facet, g, { excludeGaps, ordinals: periodOrdinals(prepared.published, g) });
          const buckets = periodBuckets(prepared, fromIndices(selected, rows.length), g);
          expect(result.periods.map((p) => p.incidents)).toEqual(buckets.buckets.map((b) => b.count));
          const inPeriod = (i: number, key: string | null): boolean => {
            const date = rows[i].published ?? null;
            return date === null ? key === null : naiveKey(date, g) === key;
          };
          const groups: [string | null, TrendPoint][] = [
            ...result.periods.map((p): [string, TrendPoint] => [p.period.key, p]),
            [null, result.undated],
          ];
          let total = 0;
          for (const [key, point] of groups) {
            const members = selected.filter((i) => inPeriod(i, key));
            total += point.incidents;
            expect(point.incidents).toBe(members.length);
            point.options.forEach((o) => {
              expect(o.count).toBe(members.filter((i) => (rows[i].facets?.[facet] ?? []).includes(o.option)).length);
              if (o.share === null) return;
              expect(o.share).toBeGreaterThanOrEqual(0);
              expect(o.share).toBeLessThanOrEqual(1);
              expect(o.interval?.low).toBeLessThanOrEqual(o.share);
              expect(o.interval?.high).toBeGreaterThanOrEqual(o.share);
            });
            expect(point.notAnalysed.count).toBe(members.filter((i) => (rows[i].facets?.[facet] ?? []).length === 0).length);
          }
          expect(total).toBe(selected.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** A period key straight from the date's digits, without the ordinal arithmetic under test. */
function naiveKey(date: number, granularity: Granularity): string {
  const year = Math.floor(date / 10000);
  const month = Math.floor(date / 100) % 100;
  if (granularity === 'year') return String(year);
  if (granularity === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}
