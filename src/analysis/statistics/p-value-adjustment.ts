/**
 * How to correct p-values when many hypotheses are tested at once. `holm` controls the
 * family-wise error rate (the chance of any false positive) under any dependence between
 * the tests; `bh` (Benjamini–Hochberg) controls the false discovery rate (the expected
 * share of false positives among the findings) and is less strict, which suits screening
 * every option of every facet for differences worth a closer look. BH assumes the tests
 * are independent or positively dependent; options of a multi-valued facet roughly are.
 */
export type PValueAdjustment = 'holm' | 'bh';

/**
 * Adjusted p-values in the order given: compare each with alpha as if it were a single
 * test. Holm: the k-th smallest becomes max over j ≤ k of (m − j + 1)·p_(j); BH: the k-th
 * smallest becomes min over j ≥ k of m·p_(j) / j; both capped at 1 and never below the
 * raw value (`scipy.stats.false_discovery_control(p, method='bh')` for BH). Throws for a
 * value outside [0, 1], which no test produces.
 */
export function adjustPValues(pValues: readonly number[], method: PValueAdjustment): number[] {
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values lie in [0, 1], got ${p}`);
  }
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i] - pValues[j] || i - j);
  const adjusted = new Array<number>(m);
  if (method === 'holm') {
    let running = 0;
    order.forEach((index, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
      adjusted[index] = running;
    });
  } else {
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank--) {
      const index = order[rank];
      running = Math.min(running, (m * pValues[index]) / (rank + 1));
      // m·p/m can round below p; the adjustment must never make a p-value smaller.
      adjusted[index] = Math.max(pValues[index], running);
    }
  }
  return adjusted;
}
