import { fisherExactTwoSided } from './fisher-exact';
import { normalSf } from './normal-distribution';
import { checkCounts, wilson } from './wilson-interval';

/** `successes` of `n` independent incidents; whole counts with `0 ≤ successes ≤ n`. */
export interface Proportion {
  readonly successes: number;
  readonly n: number;
}

/** `estimate` = share in b − share in a, with `-1 ≤ low ≤ estimate ≤ high ≤ 1`. */
export interface DifferenceInterval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Newcombe's hybrid score interval for the difference b − a of two independent
 * proportions (method 10 of Newcombe 1998, Statistics in Medicine 17:873): each side
 * combines the distances from each share to its own Wilson limit. It keeps close to
 * nominal coverage for small samples and shares near 0 or 1, where the Wald interval
 * p_b − p_a ± z·SE is too narrow or degenerate. It assumes the samples do not overlap.
 * Null when either sample is empty.
 */
export function newcombeInterval(a: Proportion, b: Proportion, confidence = 0.95): DifferenceInterval | null {
  const wa = wilson(a.successes, a.n, confidence);
  const wb = wilson(b.successes, b.n, confidence);
  if (wa === null || wb === null) return null;
  const estimate = wb.estimate - wa.estimate;
  return {
    estimate,
    low: Math.max(-1, estimate - Math.hypot(wb.estimate - wb.low, wa.high - wa.estimate)),
    high: Math.min(1, estimate + Math.hypot(wb.high - wb.estimate, wa.estimate - wa.low)),
  };
}

/** Which test gave a p-value: the pooled two-proportion z-test, or Fisher's exact test. */
export type ProportionTestKind = 'z' | 'fisher';

export interface ProportionTest {
  readonly pValue: number;
  readonly test: ProportionTestKind;
}

/** Expected counts below this make the z-test's normal approximation unreliable. */
const MIN_EXPECTED = 5;

/**
 * Two-sided test that two independent proportions are equal. When every expected count
 * of the 2 × 2 table (successes and failures in each sample, under the pooled share) is
 * at least 5 it is the pooled two-proportion z-test, z = (p_b − p_a) / √(p̄(1 − p̄)(1/n_a
 * + 1/n_b)), identical to Pearson's chi-square without continuity correction; otherwise
 * Fisher's exact test, since the normal approximation fails with small counts. A share
 * of 0 or 1 in both samples is such a case, and gives p = 1. Null when either sample is
 * empty.
 */
export function twoProportionTest(a: Proportion, b: Proportion): ProportionTest | null {
  checkCounts(a.successes, a.n);
  checkCounts(b.successes, b.n);
  if (a.n === 0 || b.n === 0) return null;
  const n = a.n + b.n;
  const successes = a.successes + b.successes;
  const pooled = successes / n;
  const smallestMargin = Math.min(successes, n - successes);
  if ((smallestMargin * Math.min(a.n, b.n)) / n < MIN_EXPECTED) {
    return {
      test: 'fisher',
      pValue: fisherExactTwoSided(a.successes, a.n - a.successes, b.successes, b.n - b.successes),
    };
  }
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const z = (b.successes / b.n - a.successes / a.n) / se;
  return { test: 'z', pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

/** A difference of proportions with its interval, test and verdict. */
export interface ProportionDifference extends DifferenceInterval, ProportionTest {
  /** `pValue < alpha`: for one comparison only; many at once need `adjustPValues`. */
  readonly significant: boolean;
}

export interface ProportionDifferenceOptions {
  readonly confidence?: number;
  readonly alpha?: number;
}

/**
 * b − a with Newcombe's interval and the two-sided test of `twoProportionTest`. The two
 * are different procedures, so near the threshold the interval may exclude 0 while
 * p ≥ alpha or the reverse; `significant` follows the p-value. Null when either sample is
 * empty.
 */
export function proportionDifference(
  a: Proportion,
  b: Proportion,
  { confidence = 0.95, alpha = 0.05 }: ProportionDifferenceOptions = {},
): ProportionDifference | null {
  const interval = newcombeInterval(a, b, confidence);
  const test = twoProportionTest(a, b);
  if (interval === null || test === null) return null;
  return { ...interval, ...test, significant: test.pValue < alpha };
}
