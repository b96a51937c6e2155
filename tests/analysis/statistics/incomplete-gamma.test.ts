import { describe, expect, it } from 'vitest';
import { logGamma, regularizedGammaP, regularizedGammaQ } from '../../../src/analysis/statistics/incomplete-gamma';
import { relativeError } from './relative-error';

// SciPy 1.17.1: scipy.special.gammaln(x) (tests/analysis/reference/statistics_reference.py)
describe('logGamma', () => {
  it.each([
    [0.5, 0.5723649429247],
    [1, 0],
    [1.5, -0.12078223763524526],
    [3.7, 1.428072326665388],
    [10, 12.801827480081469],
    [84, 286.893133295427],
    [100.5, 361.43554046777757],
    [1000, 5905.220423209181],
  ])('ln Γ(%d) = %d', (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-13 * Math.max(1, Math.abs(expected)));
  });

  it.each([0, -1, Number.NaN, Infinity])('rejects x = %d', (x) => {
    expect(() => logGamma(x)).toThrow(RangeError);
  });
});

// SciPy 1.17.1: scipy.special.gammainc(a, x), scipy.special.gammaincc(a, x)
describe('regularizedGammaP and regularizedGammaQ', () => {
  it.each([
    [0.5, 0.1, 0.34527915398142317, 0.6547208460185768],
    [0.5, 2, 0.9544997361036415, 0.04550026389635857],
    [1, 5, 0.9932620530009145, 0.006737946999085468],
    [3.5, 1, 0.04015963126989843, 0.9598403687301016],
    [84, 60, 0.0019706191385502336, 0.9980293808614498],
    [84, 84, 0.5145103245280291, 0.48548967547197086],
    [84, 120, 0.9997765000587354, 0.00022349994126461196],
    [84, 400, 1, 5.7243583733555605e-83],
    [0.5, 700, 1, 2.1010145162644003e-306],
  ])('P(%d, %d) = %d and Q = %d, to 1e-12 relative', (a, x, p, q) => {
    expect(relativeError(regularizedGammaP(a, x), p)).toBeLessThan(1e-12);
    expect(relativeError(regularizedGammaQ(a, x), q)).toBeLessThan(1e-12);
  });

  it.each([
    [2, 0, 0, 1],
    [2, Infinity, 1, 0],
  ])('P(%d, %d) = %d and Q = %d at the ends', (a, x, p, q) => {
    expect(regularizedGammaP(a, x)).toBe(p);
    expect(regularizedGammaQ(a, x)).toBe(q);
  });

  it.each([
    [0, 1],
    [-1, 1],
    [1, -1],
    [1, Number.NaN],
  ])('rejects a = %d, x = %d', (a, x) => {
    expect(() => regularizedGammaQ(a, x)).toThrow(RangeError);
    expect(() => regularizedGammaP(a, x)).toThrow(RangeError);
  });
});
