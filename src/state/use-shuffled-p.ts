import { useEffect, useState } from 'react';
import type { ShufflePlan } from '../analysis/shuffle-plan';
import type { PermutationResult } from '../analysis/statistics/set-permutation-test';
import { finishedShuffles, runShuffles } from './run-shuffles';

/** The Monte-Carlo p-value of `plan`, null while it runs (or when there is no plan). */
export function useShuffledP(plan: ShufflePlan | null): PermutationResult | null {
  const [done, setDone] = useState<{ plan: ShufflePlan; result: PermutationResult } | null>(null);
  useEffect(() => (plan === null ? undefined : runShuffles(plan, (result) => setDone({ plan, result }))), [plan]);
  if (plan === null) return null;
  return done?.plan === plan ? done.result : finishedShuffles(plan);
}
