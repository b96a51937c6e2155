import { zForConfidence } from './normal-distribution';
import type { Proportion } from './proportion-difference';
import { checkCounts } from './wilson-interval';

/** How many times as often the event is in one group as in the other, with its interval. */
export interface RiskRatio {
  readonly ratio: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The risk ratio (b.successes / b.n) / (a.successes / a.n) with Katz's log interval:
 * exp(log RR ± z·√(1/x_b − 1/n_b + 1/x_a − 1/n_a)). With a zero count the ratio is 0 or
 * infinite and the log interval undefined, so 0.5 is added to each success and to each
 * failure (Haldane's correction) for both the estimate and the interval: a finite, honest
 * "at least this many times" instead of a division by zero. Null when either group is empty.
 */
export function riskRatio(a: Proportion, b: Proportion, confidence = 0.95): RiskRatio | null {
  checkCounts(a.successes, a.n);
  checkCounts(b.successes, b.n);
  if (a.n === 0 || b.n === 0) return null;
  const zero = a.successes === 0 || b.successes === 0;
  const [xa, na, xb, nb] = zero ? [a.successes + 0.5, a.n + 1, b.successes + 0.5, b.n + 1] : [a.successes, a.n, b.successes, b.n];
  const log = Math.log(xb / nb / (xa / na));
  const se = Math.sqrt(1 / xb - 1 / nb + 1 / xa - 1 / na);
  const z = zForConfidence(confidence);
  return { ratio: Math.exp(log), low: Math.exp(log - z * se), high: Math.exp(log + z * se) };
}
