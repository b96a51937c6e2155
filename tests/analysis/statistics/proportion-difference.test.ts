import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  newcombeInterval,
  proportionDifference,
  twoProportionTest,
} from '../../../src/analysis/statistics/proportion-difference';
import type { Proportion } from '../../../src/analysis/statistics/proportion-difference';
import { relativeError } from './relative-error';

const of = (successes: number, n: number): Proportion => ({ successes, n });

describe('newcombeInterval', () => {
  // Newcombe's method 10 from two Wilson intervals, z = scipy.stats.norm.ppf(0.975), SciPy 1.17.1
  // (`newcombe` in tests/analysis/reference/statistics_reference.py); estimate = b − a.
  it.each([
    [48, 80, 56, 70, 0.20000000000000007, 0.052431472402365065, 0.333872654036906],
    [3, 10, 9, 10, 0.6000000000000001, 0.17052272393450296, 0.8090179735354881],
    [2, 7, 6, 7, 0.5714285714285714, 0.0582279274823122, 0.8062496375242277],
    [0, 29, 5, 56, 0.08928571428571429, -0.03813714790353688, 0.19256001385511162],
    [0, 20, 0, 10, 0, -0.16112515805281938, 0.2775327998628892],
    [0, 10, 0, 10, 0, -0.2775327998628892, 0.2775327998628892],
    [0, 20, 10, 10, 1, 0.6790860371419147, 1],
    [0, 10, 10, 10, 1, 0.6075093504305242, 1],
    [120, 400, 90, 250, 0.06, -0.013623054839455903, 0.13470385623551132],
  ])('a = %d/%d, b = %d/%d: %d in [%d, %d]', (sa, na, sb, nb, estimate, low, high) => {
    const interval = newcombeInterval(of(sa, na), of(sb, nb));
    expect(interval?.estimate).toBeCloseTo(estimate, 14);
    expect(relativeError(interval?.low ?? Number.NaN, low)).toBeLessThan(1e-12);
    expect(relativeError(interval?.high ?? Number.NaN, high)).toBeLessThan(1e-12);
  });

  // Newcombe (1998b), Statistics in Medicine 17:873, Table II, method 10, to 4 decimals; the
  // paper lists p1 − p2, so its first sample is b here.
  it.each([
    ['(a) 56/70 − 48/80', 48, 80, 56, 70, 0.0524, 0.3339],
    ['(b) 9/10 − 3/10', 3, 10, 9, 10, 0.1705, 0.809],
    ['(d) 5/56 − 0/29', 0, 29, 5, 56, -0.0381, 0.1926],
    ['(e) 0/10 − 0/20', 0, 20, 0, 10, -0.1611, 0.2775],
    ['(f) 0/10 − 0/10', 0, 10, 0, 10, -0.2775, 0.2775],
    ['(g) 10/10 − 0/20', 0, 20, 10, 10, 0.6791, 1],
    ['(h) 10/10 − 0/10', 0, 10, 10, 10, 0.6075, 1],
  ])('matches the published interval for %s', (_, sa, na, sb, nb, low, high) => {
    const interval = newcombeInterval(of(sa, na), of(sb, nb));
    expect(interval?.low).toBeCloseTo(low, 4);
    expect(interval?.high).toBeCloseTo(high, 4);
  });

  it.each([
    [of(0, 0), of(3, 10)],
    [of(3, 10), of(0, 0)],
    [of(0, 0), of(0, 0)],
  ])('is null when a sample is empty', (a, b) => {
    expect(newcombeInterval(a, b)).toBeNull();
  });

  it('contains the estimate, stays in [-1, 1] and flips sign when the samples swap', () => {
    const sample = fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(sample, sample, ([sa, na], [sb, nb]) => {
        const forward = newcombeInterval(of(sa, na), of(sb, nb));
        const backward = newcombeInterval(of(sb, nb), of(sa, na));
        if (forward === null || backward === null) throw new Error('non-empty samples give an interval');
        expect(-1).toBeLessThanOrEqual(forward.low);
        expect(forward.low).toBeLessThanOrEqual(forward.estimate);
        expect(forward.estimate).toBeLessThanOrEqual(forward.high);
        expect(forward.high).toBeLessThanOrEqual(1);
        expect(backward.low).toBeCloseTo(-forward.high, 12);
        expect(backward.high).toBeCloseTo(-forward.low, 12);
      }),
    );
  });
});

describe('twoProportionTest', () => {
  // SciPy 1.17.1: chi2_contingency([[sa, na - sa], [sb, nb - sb]], correction=False).pvalue, which
  // equals the pooled two-proportion z-test's two-sided p-value.
  it.each([
    [48, 80, 56, 70, 0.008045081368196582],
    [120, 400, 90, 250, 0.11152569176875197],
    [30, 100, 30, 100, 1],
    [300, 1000, 340, 1000, 0.05518555099113409],
  ])('uses the z-test for %d/%d against %d/%d: p = %d', (sa, na, sb, nb, p) => {
    const result = twoProportionTest(of(sa, na), of(sb, nb));
    expect(result?.test).toBe('z');
    expect(relativeError(result?.pValue ?? Number.NaN, p)).toBeLessThan(1e-10);
  });

  // SciPy 1.17.1: scipy.stats.fisher_exact([[sa, na - sa], [sb, nb - sb]]).pvalue
  it.each([
    ['an expected count below 5', 0, 29, 5, 56, 0.16062144320947108],
    ['small samples', 3, 10, 9, 10, 0.019766611097880443],
    ['no successes anywhere', 0, 10, 0, 20, 1],
    ['every incident a success', 10, 10, 20, 20, 1],
  ])('uses Fisher’s exact test with %s', (_, sa, na, sb, nb, p) => {
    const result = twoProportionTest(of(sa, na), of(sb, nb));
    expect(result?.test).toBe('fisher');
    expect(relativeError(result?.pValue ?? Number.NaN, p)).toBeLessThan(1e-10);
  });

  it('is null when a sample is empty, and rejects impossible counts', () => {
    expect(twoProportionTest(of(0, 0), of(1, 2))).toBeNull();
    expect(() => twoProportionTest(of(3, 2), of(1, 2))).toThrow(RangeError);
  });
});

describe('proportionDifference', () => {
  it.each([
    ['a clear difference', of(48, 80), of(56, 70), 0.05, true],
    ['a difference within noise', of(120, 400), of(90, 250), 0.05, false],
    ['the same difference at a lax alpha', of(120, 400), of(90, 250), 0.2, true],
  ])('flags %s', (_, a, b, alpha, significant) => {
    const result = proportionDifference(a, b, { alpha });
    expect(result?.significant).toBe(significant);
    expect(result).toMatchObject(newcombeInterval(a, b) ?? {});
    expect(result).toMatchObject(twoProportionTest(a, b) ?? {});
  });

  it('takes the interval at the confidence asked for', () => {
    const wide = proportionDifference(of(48, 80), of(56, 70), { confidence: 0.99 });
    expect(wide).toMatchObject(newcombeInterval(of(48, 80), of(56, 70), 0.99) ?? {});
  });

  it('is null when a sample is empty', () => {
    expect(proportionDifference(of(0, 0), of(0, 0))).toBeNull();
  });
});
