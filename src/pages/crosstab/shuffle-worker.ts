import { runShufflePlan } from '../../analysis/crosstab-association';
import type { ShufflePlan } from '../../analysis/crosstab-association';

/** Runs a permutation test off the page's thread: one plan in, its result out. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ShufflePlan>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  scope.postMessage(runShufflePlan(event.data));
};
