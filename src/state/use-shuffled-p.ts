import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ShufflePlan } from '../analysis/shuffle-plan';
import type { PermutationResult } from '../analysis/statistics/set-permutation-test';
import { finishedShuffles, requestShuffles, shufflePlanKey, subscribeShuffles } from './run-shuffles';

/** Every finished permutation test, by plan key; a new map each time one finishes. */
export const useFinishedShuffles = (): ReadonlyMap<string, PermutationResult> => useSyncExternalStore(subscribeShuffles, finishedShuffles, finishedShuffles);

/** Runs `plan`'s shuffles while the caller is shown (nothing when null); the result lands in `useFinishedShuffles`. */
export function useShuffleRun(plan: ShufflePlan | null): void {
  const key = useMemo(() => (plan === null ? null : shufflePlanKey(plan)), [plan]);
  // The key stands for the plan: a figure derived again makes an equal plan, which must not restart the run.
  useEffect(() => (plan === null ? undefined : requestShuffles(plan)), [key]);
}
