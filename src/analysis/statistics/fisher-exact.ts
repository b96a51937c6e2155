/**
 * Two-sided Fisher exact test for the 2 × 2 table [[a, b], [c, d]], conditioning on its
 * margins: the probability, under independence, of a table at most as likely as the one
 * observed. "At most as likely" allows a relative slack of 1e-7, as R's `fisher.test`
 * does (`scipy.stats.fisher_exact` allows 1e-14), so tables tied with the observed one are
 * not lost to rounding. Exact for any sample size, so it is the test of choice when expected counts
 * are small; the cost grows with the smaller margin. Returns a value in [0, 1], 0 only
 * when the true p-value is below the smallest double.
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  for (const count of [a, b, c, d]) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Fisher's test needs whole counts, got ${count}`);
  }
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const low = Math.max(0, row1 + col1 - n);
  const high = Math.min(row1, col1);
  if (low === high) return 1;
  // Hypergeometric weights of every table with these margins, scaled so the largest is 1:
  // built outward from the mode by the ratio of neighbouring terms, so nothing overflows.
  const weights = new Float64Array(high - low + 1);
  const mode = Math.floor(((row1 + 1) * (col1 + 1)) / (n + 2));
  weights[mode - low] = 1;
  for (let x = mode; x < high; x++) {
    weights[x + 1 - low] = (weights[x - low] * (row1 - x) * (col1 - x)) / ((x + 1) * (n - row1 - col1 + x + 1));
  }
  for (let x = mode; x > low; x--) {
    weights[x - 1 - low] = (weights[x - low] * x * (n - row1 - col1 + x)) / ((row1 - x + 1) * (col1 - x + 1));
  }
  const observed = weights[a - low] * (1 + 1e-7);
  let total = 0;
  let asExtreme = 0;
  for (const weight of weights) {
    total += weight;
    if (weight <= observed) asExtreme += weight;
  }
  return Math.min(1, asExtreme / total);
}
