import { describe, expect, it } from 'vitest';
import { chiSquareSf } from '../../../src/analysis/statistics/chi-square-distribution';
import { relativeError } from './relative-error';

// SciPy 1.17.1: scipy.stats.chi2.sf(x, df) (tests/analysis/reference/statistics_reference.py)
describe('chiSquareSf', () => {
  it.each([
    [1e-10, 1, 0.9999920211543921],
    [0.001, 1, 0.9747728793699604],
    [1, 1, 0.31731050786291115],
    [3.841458820694124, 1, 0.04999999999999989],
    [10, 1, 0.001565402258002549],
    [50, 1, 1.537459794428033e-12],
    [5.991464547107979, 2, 0.05000000000000007],
    [200, 2, 3.7200759760208177e-44],
    [10, 3, 0.01856613546304325],
    [30, 4, 4.894437128029217e-6],
    [12.5, 7, 0.08526927515826925],
    [150, 168, 0.8371237553023322],
    [500, 168, 1.0795702229939218e-34],
    [1000, 100, 2.3060767380354624e-148],
  ])('P(X > %d) with %d df = %d, to 1e-10 relative', (x, df, expected) => {
    expect(relativeError(chiSquareSf(x, df), expected)).toBeLessThan(1e-10);
  });

  it.each([0, -3])('is 1 for x = %d', (x) => {
    expect(chiSquareSf(x, 4)).toBe(1);
  });

  it.each([
    [1, 0],
    [1, -2],
    [Number.NaN, 1],
  ])('rejects x = %d with df = %d', (x, df) => {
    expect(() => chiSquareSf(x, df)).toThrow(RangeError);
  });
});
