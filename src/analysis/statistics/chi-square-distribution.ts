import gammainc from '@stdlib/math-base-special-gammainc';

/**
 * P(X > x) for X chi-square distributed with `df` degrees of freedom: the p-value of a
 * chi-square statistic (`scipy.stats.chi2.sf`). Equals Q(df/2, x/2), the regularized upper
 * incomplete gamma function, taken from @stdlib directly rather than as 1 − CDF, so it
 * stays accurate in relative terms far into the tail. `df` must be positive; x ≤ 0 gives 1.
 */
export function chiSquareSf(x: number, df: number): number {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`chi-square needs df > 0, got ${df}`);
  if (Number.isNaN(x)) throw new RangeError('chiSquareSf needs a number, got NaN');
  return x <= 0 ? 1 : gammainc(x / 2, df / 2, true, true);
}
