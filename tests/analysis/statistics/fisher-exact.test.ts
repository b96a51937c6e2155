import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExactTwoSided } from '../../../src/analysis/statistics/fisher-exact';
import { relativeError } from './relative-error';

describe('fisherExactTwoSided', () => {
  // SciPy 1.17.1: scipy.stats.fisher_exact([[a, b], [c, d]]).pvalue
  // (tests/analysis/reference/statistics_reference.py)
  it.each([
    [1, 9, 11, 3, 0.0027594561852200836],
    [0, 5, 5, 0, 0.007936507936507938],
    [3, 1, 1, 3, 0.48571428571428565],
    [2, 7, 8, 2, 0.02301413756522116],
    [0, 10, 0, 20, 1],
    [7, 12, 0, 5, 0.272068511198946],
    [20, 480, 5, 495, 0.00364748782114671],
    [3, 7, 9, 1, 0.019766611097880443],
    [0, 29, 5, 51, 0.16062144320947108],
  ])('[[%d, %d], [%d, %d]] gives p = %d', (a, b, c, d, expected) => {
    expect(relativeError(fisherExactTwoSided(a, b, c, d), expected)).toBeLessThan(1e-10);
  });

  it.each([
    ['an empty table', 0, 0, 0, 0],
    ['one row', 3, 4, 0, 0],
    ['one column', 3, 0, 4, 0],
  ])('is 1 for %s, where only one table has these margins', (_, a, b, c, d) => {
    expect(fisherExactTwoSided(a, b, c, d)).toBe(1);
  });

  it.each([
    [-1, 0, 0, 0],
    [0.5, 1, 1, 1],
  ])('rejects [[%d, %d], [%d, %d]]', (a, b, c, d) => {
    expect(() => fisherExactTwoSided(a, b, c, d)).toThrow(RangeError);
  });

  it('is a probability, unchanged by swapping rows, columns or the diagonal', () => {
    const count = fc.integer({ min: 0, max: 40 });
    fc.assert(
      fc.property(count, count, count, count, (a, b, c, d) => {
        const p = fisherExactTwoSided(a, b, c, d);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(relativeError(fisherExactTwoSided(c, d, a, b), p)).toBeLessThan(1e-9);
        expect(relativeError(fisherExactTwoSided(b, a, d, c), p)).toBeLessThan(1e-9);
        expect(relativeError(fisherExactTwoSided(a, c, b, d), p)).toBeLessThan(1e-9);
      }),
    );
  });
});
