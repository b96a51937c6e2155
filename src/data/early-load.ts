import { loadInWorker } from './load-in-worker';
import { quiet } from './quiet';
import type { PageDataset } from './load-in-worker';

let early: { readonly dataset: Promise<PageDataset>; readonly controller: AbortController } | null = null;

/**
 * Starts loading the dataset in its worker from the page's first script, before the
 * app's own code has arrived and been run: at a million incidents the fetch then gains
 * the half second that code takes. Does nothing where there are no workers.
 */
export function startEarlyLoad(): void {
  if (typeof Worker === 'undefined' || early !== null) return;
  const controller = new AbortController();
  early = { dataset: quiet(loadInWorker(controller.signal)), controller };
}

/**
 * The load `startEarlyLoad` started, handed over once, to the first query of the
 * dataset; `signal` then aborts it. Null when there is none, or it was taken: a retry
 * loads anew.
 */
export function takeEarlyLoad(signal?: AbortSignal): Promise<PageDataset> | null {
  const taken = early;
  early = null;
  if (taken === null) return null;
  if (signal?.aborted) taken.controller.abort(signal.reason);
  else signal?.addEventListener('abort', () => taken.controller.abort(signal.reason), { once: true });
  return taken.dataset;
}
