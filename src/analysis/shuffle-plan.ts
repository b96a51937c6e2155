import type { Bitset } from './bitset';
import { optionSets } from './option-sets';
import type { OptionSetPairs } from './statistics/option-set-pairs';
import { setPermutationTest } from './statistics/set-permutation-test';
import type { PermutationResult } from './statistics/set-permutation-test';

/**
 * What a Monte-Carlo method needs to compute its p-value, away from the click that asked
 * for it: the tested incidents and, per tested line, the incidents having it. Bitsets,
 * so the plan is cheap to make and to post to a worker; `shufflePairs` turns it into the
 * option sets the shuffles move.
 */
export interface ShufflePlan {
  readonly tested: Bitset;
  readonly n: number;
  readonly rowLines: readonly Bitset[];
  readonly colLines: readonly Bitset[];
  readonly shuffles: number;
  readonly seed: number;
}

/** Each tested incident's row set and column set, in row order. */
export function shufflePairs(plan: ShufflePlan): OptionSetPairs {
  const rows = optionSets(plan.rowLines, plan.tested, plan.n);
  const cols = optionSets(plan.colLines, plan.tested, plan.n);
  return {
    rowLines: plan.rowLines.length,
    colLines: plan.colLines.length,
    rowSets: rows.sets,
    colSets: cols.sets,
    rowSetOf: rows.setOf,
    colSetOf: cols.setOf,
  };
}

/** Runs a plan: its option sets, shuffled `plan.shuffles` times from `plan.seed`. */
export function runShufflePlan(plan: ShufflePlan): PermutationResult {
  return setPermutationTest(shufflePairs(plan), plan);
}
