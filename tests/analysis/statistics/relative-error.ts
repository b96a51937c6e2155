/**
 * |actual − expected| / |expected|, or the absolute difference when `expected` is 0: the
 * measure reference values are checked with, since p-values span hundreds of orders of
 * magnitude and a fixed number of decimals would pass any tiny value.
 */
export function relativeError(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}
