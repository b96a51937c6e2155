import { runShufflePlan } from '../analysis/shuffle-plan';
import type { ShufflePlan } from '../analysis/shuffle-plan';

/** Runs a permutation test off the page's thread: one plan in, its result out. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ShufflePlan>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  scope.postMessage(runShufflePlan(event.data));
};
