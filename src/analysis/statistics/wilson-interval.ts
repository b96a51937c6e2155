import { zForConfidence } from './normal-distribution';

/** A proportion with its confidence interval; always `0 ≤ low ≤ estimate ≤ high ≤ 1`. */
export interface ProportionInterval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Throws a `RangeError` unless `successes` and `n` are whole counts with
 * `0 ≤ successes ≤ n`: anything else is a counting bug upstream, never data to report.
 */
export function checkCounts(successes: number, n: number): void {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`a proportion needs whole counts 0 <= successes <= n, got ${successes} of ${n}`);
  }
}

/**
 * The Wilson score interval for `successes / n` (Wilson 1927; method 3 of Newcombe 1998):
 * the proportions p whose score test against the observed share is not rejected at the
 * given confidence. Unlike the textbook p ± z·√(p(1−p)/n), it stays inside [0, 1], is not
 * zero-width at 0 or n successes and keeps close to its nominal coverage for small n,
 * which is what per-period and per-cohort shares have. It assumes the n incidents are
 * independent draws; it says nothing about how incidents came to be reported. Null for
 * n = 0, where there is no proportion to estimate.
 */
export function wilson(successes: number, n: number, confidence = 0.95): ProportionInterval | null {
  checkCounts(successes, n);
  if (n === 0) return null;
  const z = zForConfidence(confidence);
  const estimate = successes / n;
  const z2 = z * z;
  const scale = 1 + z2 / n;
  const centre = (estimate + z2 / (2 * n)) / scale;
  const half = (z / scale) * Math.sqrt((estimate * (1 - estimate)) / n + z2 / (4 * n * n));
  return {
    estimate,
    low: successes === 0 ? 0 : Math.min(estimate, Math.max(0, centre - half)),
    high: successes === n ? 1 : Math.max(estimate, Math.min(1, centre + half)),
  };
}
