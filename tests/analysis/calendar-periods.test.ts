import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_PERIOD, daysBetween, periodAt, periodOrdinal, periodOrdinals } from '../../src/analysis/calendar-periods';
import type { Granularity } from '../../src/analysis/calendar-periods';

describe('periodOrdinal and periodAt', () => {
  it.each([
    [20190305, 'year', '2019', 20190101, 20191231],
    [20190305, 'quarter', '2019-Q1', 20190101, 20190331],
    [20190405, 'quarter', '2019-Q2', 20190401, 20190630],
    [20191231, 'quarter', '2019-Q4', 20191001, 20191231],
    [20190305, 'month', '2019-03', 20190301, 20190331],
    [20200215, 'month', '2020-02', 20200201, 20200229],
    [20190215, 'month', '2019-02', 20190201, 20190228],
    [20191201, 'month', '2019-12', 20191201, 20191231],
  ] as const)('puts %d in %s %s, from %d to %d', (date, granularity, key, start, end) => {
    const period = periodAt(periodOrdinal(date, granularity), granularity);
    expect(period).toEqual({ key, granularity, start, end });
  });

  it.each([
    [20191231, 20200101, 'year'],
    [20190331, 20190401, 'quarter'],
    [20191231, 20200101, 'quarter'],
    [20190131, 20190201, 'month'],
    [20191231, 20200101, 'month'],
  ] as const)('gives consecutive ordinals to %d and %d (%s)', (before, after, granularity) => {
    expect(periodOrdinal(after, granularity) - periodOrdinal(before, granularity)).toBe(1);
  });

  it('clamps a malformed month into the year', () => {
    expect(periodAt(periodOrdinal(20190001, 'month'), 'month').key).toBe('2019-01');
    expect(periodAt(periodOrdinal(20191301, 'quarter'), 'quarter').key).toBe('2019-Q4');
  });

  it('contains every date in its own period, and keys sort in time order', () => {
    const date = fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => y * 10000 + m * 100 + d);
    const granularity = fc.constantFrom<Granularity>('year', 'quarter', 'month');
    fc.assert(
      fc.property(date, date, granularity, (a, b, g) => {
        const period = periodAt(periodOrdinal(a, g), g);
        expect(period.start).toBeLessThanOrEqual(a);
        expect(a).toBeLessThanOrEqual(period.end);
        const other = periodAt(periodOrdinal(b, g), g);
        expect(Math.sign(period.key.localeCompare(other.key))).toBe(Math.sign(period.start - other.start));
      }),
    );
  });
});

describe('daysBetween', () => {
  it.each([
    [20190101, 20190101, 0],
    [20190101, 20190102, 1],
    [20190101, 20200101, 365],
    [20200101, 20210101, 366],
    [20200301, 20200228, -2],
    [20100101, 20241231, 5478],
  ])('from %d to %d is %d days', (first, last, days) => {
    expect(daysBetween(first, last)).toBe(days);
  });
});

describe('periodOrdinals', () => {
  const published = Int32Array.from([20190305, 0, 20210101, 20170615]);

  it('gives every dated row its period and the undated NO_PERIOD', () => {
    expect([...periodOrdinals(published, 'year')]).toEqual([2019, NO_PERIOD, 2021, 2017]);
    expect([...periodOrdinals(published, 'month')]).toEqual([2019 * 12 + 2, NO_PERIOD, 2021 * 12, 2017 * 12 + 5]);
    expect([...periodOrdinals(published, 'quarter')]).toEqual(Array.from(published, (date) => (date === 0 ? NO_PERIOD : periodOrdinal(date, 'quarter'))));
  });

  it('handles an empty dataset', () => {
    expect(periodOrdinals(new Int32Array(0), 'year')).toEqual(new Int32Array(0));
  });
});

