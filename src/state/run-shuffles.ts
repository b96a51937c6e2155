import type { ShufflePlan } from '../analysis/shuffle-plan';
import { runShufflePlan } from '../analysis/shuffle-plan';
import type { PermutationResult } from '../analysis/statistics/set-permutation-test';

/** Results by plan: the view, its slide and its CSV ask for the same table's p once. */
const finished = new WeakMap<ShufflePlan, PermutationResult>();

export function finishedShuffles(plan: ShufflePlan): PermutationResult | null {
  return finished.get(plan) ?? null;
}

/**
 * Runs a plan's shuffles in a module worker, so ten thousand shuffles never hold up a
 * click; where there is no `Worker` (a test's DOM) it runs on the next task instead.
 * `cancel` stops a run whose table is no longer shown.
 */
export function runShuffles(plan: ShufflePlan, done: (result: PermutationResult) => void): () => void {
  const known = finished.get(plan);
  const finish = (result: PermutationResult) => {
    finished.set(plan, result);
    done(result);
  };
  if (known) {
    queueMicrotask(() => done(known));
    return () => undefined;
  }
  if (typeof Worker === 'undefined') {
    const timer = setTimeout(() => finish(runShufflePlan(plan)), 0);
    return () => clearTimeout(timer);
  }
  const worker = new Worker(new URL('./shuffle-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<PermutationResult>) => {
    finish(event.data);
    worker.terminate();
  };
  worker.postMessage(plan);
  return () => worker.terminate();
}
