import { queryOptions } from '@tanstack/react-query';
import { INDEX_FILE, loadDataset } from './dataset-load';
import type { LoadedDataset } from './dataset-load';
import { datasetAssembler, failedError } from './dataset-messages';
import type { DatasetMessage } from './dataset-messages';
import { DataError } from './data-error';
import { titleOrder } from '../analysis/row-order';
import { dataUrl } from './fetch-json';

/** The dataset as the page holds it: the title order arrives later than the rest. */
export interface PageDataset extends LoadedDataset {
  /** Every row by title; rejects only when the worker fails after the dataset arrived. */
  readonly titleOrder: Promise<Uint32Array>;
}

/** A promise whose failure counts as handled until someone awaits it. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/**
 * Loads the dataset in a module worker and takes it in message by message; where there
 * is no `Worker` (a test's DOM) it loads on this thread with the same code. Aborting
 * stops the worker at once. Once the dataset has arrived the worker sorts the titles and
 * then stops.
 */
export function loadDatasetOffThread(signal?: AbortSignal): Promise<PageDataset> {
  const url = dataUrl(INDEX_FILE);
  if (typeof Worker === 'undefined') {
    return loadDataset(url, signal).then((dataset) => ({ ...dataset, titleOrder: quiet(Promise.resolve().then(() => titleOrder(dataset.index.title))) }));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    const assembler = datasetAssembler();
    let sorted: { resolve: (order: Uint32Array) => void; reject: (error: Error) => void } | null = null;
    const fail = (error: Error) => {
      stop();
      if (sorted) sorted.reject(error);
      else reject(error);
    };
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      if (sorted) return;
      stop();
      reject(signal?.reason ?? new DOMException('The load was aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<DatasetMessage>) => {
      if (data.kind === 'head' || data.kind === 'strings') return assembler.take(data);
      if (data.kind === 'done') {
        const order = quiet(new Promise<Uint32Array>((resolveOrder, rejectOrder) => (sorted = { resolve: resolveOrder, reject: rejectOrder })));
        signal?.removeEventListener('abort', abort);
        resolve({ ...assembler.done(), titleOrder: order });
      } else if (data.kind === 'title-order') {
        stop();
        sorted?.resolve(data.order);
      } else fail(failedError(data));
    };
    worker.onerror = (event) => {
      fail(new DataError(INDEX_FILE, `${INDEX_FILE} could not be loaded: the loading worker failed (${event.message || 'no reason given'})`));
    };
    worker.postMessage({ url });
  });
}

/**
 * The loaded dataset, once per page: the index, its prepared and grouped columns and its
 * date orders come from one load. It never changes while the page is open, and its
 * columns are far too large for the cache to compare with a previous value.
 */
export function datasetQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'loaded'],
    queryFn: ({ signal }) => loadDatasetOffThread(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });
}

/** Every row by title, sorted off the page's thread: fetched only when the list is sorted by title. */
export function titleOrderQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'order', 'title'],
    queryFn: async ({ client }) => (await client.ensureQueryData(datasetQueryOptions())).titleOrder,
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });
}
