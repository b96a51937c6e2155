import erfc from '@stdlib/math-base-special-erfc';
import erfcinv from '@stdlib/math-base-special-erfcinv';

/**
 * The standard normal distribution: tail probabilities for z-tests and quantiles for the
 * z of a confidence level, on @stdlib's complementary error function and its inverse.
 * Tails come from erfc directly, so they stay accurate far out where 1 − Φ(z) would
 * round to 0.
 */

/** P(Z > z) for a standard normal Z: the one-sided p-value of a z statistic. */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) throw new RangeError('normalSf needs a number, got NaN');
  return erfc(z / Math.SQRT2) / 2;
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return normalSf(-z);
}

/** The z with P(Z ≤ z) = p, for 0 < p < 1 (`scipy.stats.norm.ppf`). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  return -Math.SQRT2 * erfcinv(2 * p);
}

/**
 * The two-sided critical value for a confidence level: 1.959964 for 0.95. A confidence
 * of 0.95 means the interval's procedure covers the true value 95% of the time.
 */
export function zForConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return normalQuantile(1 - (1 - confidence) / 2);
}
