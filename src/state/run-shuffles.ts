import type { ShufflePlan } from '../analysis/shuffle-plan';
import { runShufflePlan } from '../analysis/shuffle-plan';
import type { PermutationResult } from '../analysis/statistics/set-permutation-test';

/**
 * Finished permutation tests by plan key. A figure is derived again on every change of
 * state, each time with a new plan object, so results are keyed by what the plan holds:
 * the view, its slide and its exports of the same table read one result. Replaced, never
 * changed, so a snapshot read by a figure stays what it was.
 */
let finished: ReadonlyMap<string, PermutationResult> = new Map();
const listeners = new Set<() => void>();
const running = new Map<string, { users: number; cancel: () => void }>();

/** FNV-1a over a bitset's words: plans of different tables differ here long before they could collide. */
function hashWords(words: Uint32Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) {
    hash ^= words[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** What identifies a plan's result: its incidents, its lines, its number of shuffles and its seed. */
export function shufflePlanKey(plan: ShufflePlan): string {
  const lines = [plan.tested, ...plan.rowLines, ...plan.colLines].map(hashWords).join('.');
  return `${plan.n}:${plan.rowLines.length}x${plan.colLines.length}:${plan.shuffles}:${plan.seed}:${lines}`;
}

export const finishedShuffles = (): ReadonlyMap<string, PermutationResult> => finished;

export function subscribeShuffles(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs a plan's shuffles in a module worker, so ten thousand shuffles never hold up a
 * click; where there is no `Worker` (a test's DOM) it runs on the next task instead.
 */
function start(plan: ShufflePlan, done: (result: PermutationResult) => void): () => void {
  if (typeof Worker === 'undefined') {
    const timer = setTimeout(() => done(runShufflePlan(plan)), 0);
    return () => clearTimeout(timer);
  }
  const worker = new Worker(new URL('./shuffle-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<PermutationResult>) => {
    done(event.data);
    worker.terminate();
  };
  worker.postMessage(plan);
  return () => worker.terminate();
}

/**
 * Asks for a plan's result: starts the run unless it is finished or running already. The
 * returned release stops the run once nothing shown asks for it any more.
 */
export function requestShuffles(plan: ShufflePlan): () => void {
  const key = shufflePlanKey(plan);
  if (finished.has(key)) return () => undefined;
  let run = running.get(key);
  if (run === undefined) {
    const started = {
      users: 0,
      cancel: start(plan, (result) => {
        running.delete(key);
        finished = new Map(finished).set(key, result);
        for (const listener of listeners) listener();
      }),
    };
    running.set(key, started);
    run = started;
  }
  const own = run;
  own.users++;
  return () => {
    own.users--;
    if (own.users > 0 || running.get(key) !== own) return;
    own.cancel();
    running.delete(key);
  };
}
