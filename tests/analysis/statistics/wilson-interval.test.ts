import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilson } from '../../../src/analysis/statistics/wilson-interval';
import { relativeError } from './relative-error';

describe('wilson', () => {
  // Textbook formula with z = scipy.stats.norm.ppf(1 - (1 - confidence) / 2), SciPy 1.17.1
  // (`wilson` in tests/analysis/reference/statistics_reference.py).
  it.each([
    [0, 1, 0.95, 0, 0, 0.7934506856227626],
    [1, 1, 0.95, 1, 0.20654931437723745, 1],
    [0, 10, 0.95, 0, 0, 0.2775327998628892],
    [1, 10, 0.95, 0.1, 0.017876213095072868, 0.4041500267952385],
    [5, 10, 0.95, 0.5, 0.236593090512564, 0.7634069094874361],
    [10, 10, 0.95, 1, 0.7224672001371107, 1],
    [81, 263, 0.95, 0.30798479087452474, 0.2552885198782742, 0.36620957698280004],
    [15, 148, 0.95, 0.10135135135135136, 0.0623863995307363, 0.16048724172330803],
    [0, 20, 0.95, 0, 0, 0.16112515805281938],
    [1, 29, 0.95, 0.034482758620689655, 0.006113214292762653, 0.17175521879320288],
    [3, 7, 0.95, 0.42857142857142855, 0.15821985525146975, 0.7495416354723428],
    [5, 10, 0.9, 0.5, 0.2692718211382672, 0.7307281788617328],
    [5, 10, 0.99, 0.5, 0.1842255182472355, 0.8157744817527646],
    [500, 100000, 0.95, 0.005, 0.004581445312245603, 0.005456583669211609],
  ])('%d of %d at %d: estimate %d, interval [%d, %d]', (successes, n, confidence, estimate, low, high) => {
    const interval = wilson(successes, n, confidence);
    expect(interval).not.toBeNull();
    expect(relativeError(interval?.estimate ?? Number.NaN, estimate)).toBeLessThan(1e-14);
    expect(relativeError(interval?.low ?? Number.NaN, low)).toBeLessThan(1e-12);
    expect(relativeError(interval?.high ?? Number.NaN, high)).toBeLessThan(1e-12);
  });

  // Newcombe (1998a), Statistics in Medicine 17:857, Table I, method 3 (score), to 4 decimals.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('matches the published interval for %d of %d: [%d, %d]', (successes, n, low, high) => {
    expect(wilson(successes, n)?.low).toBeCloseTo(low, 4);
    expect(wilson(successes, n)?.high).toBeCloseTo(high, 4);
  });

  it('is null for n = 0, where there is no proportion', () => {
    expect(wilson(0, 0)).toBeNull();
  });

  it('is exactly 0 below no successes and exactly 1 above all successes', () => {
    expect(wilson(0, 7)?.low).toBe(0);
    expect(wilson(7, 7)?.high).toBe(1);
  });

  it.each([
    [-1, 10],
    [11, 10],
    [1.5, 10],
    [1, -1],
    [1, Number.NaN],
  ])('rejects %d of %d', (successes, n) => {
    expect(() => wilson(successes, n)).toThrow(RangeError);
  });

  it('keeps 0 ≤ low ≤ estimate ≤ high ≤ 1, and widens with the confidence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        ([successes, n], confidence) => {
          const interval = wilson(successes, n, confidence);
          const wider = wilson(successes, n, Math.min(0.9999, confidence + 0.0005));
          if (interval === null || wider === null) throw new Error('n > 0 gives an interval');
          expect(0).toBeLessThanOrEqual(interval.low);
          expect(interval.low).toBeLessThanOrEqual(interval.estimate);
          expect(interval.estimate).toBeLessThanOrEqual(interval.high);
          expect(interval.high).toBeLessThanOrEqual(1);
          expect(wider.low).toBeLessThanOrEqual(interval.low);
          expect(wider.high).toBeGreaterThanOrEqual(interval.high);
        },
      ),
    );
  });
});
