import { queryOptions } from '@tanstack/react-query';
import { INDEX_FILE, loadDataset } from './dataset-load';
import type { LoadedDataset } from './dataset-load';
import { failedError, labelsAssembler } from './dataset-messages';
import type { DatasetMessage } from './dataset-messages';
import { DataError } from './data-error';
import { titleOrder } from '../analysis/row-order';
import { dataUrl } from './fetch-json';
import type { IndexLabels } from '../domain/schema';

/** The dataset as the page holds it: its columns first, the ids and titles and then their order later. */
export interface PageDataset extends LoadedDataset {
  /** Every row's id and title; rejects when they fail to load or check. */
  readonly labels: Promise<IndexLabels>;
  /** Every row by title; rejects when the labels do, or the worker fails after they arrived. */
  readonly titleOrder: Promise<Uint32Array>;
}

/** A promise whose failure counts as handled until someone awaits it. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** A promise and the functions that settle it. */
function pending<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: Error) => void };
  const promise = quiet(new Promise<T>((resolve, reject) => (settle = { resolve, reject })));
  return { promise, ...settle };
}

/** The same load on this thread, for a page without workers (a test's DOM). */
function loadOnThisThread(url: string, signal?: AbortSignal): Promise<PageDataset> {
  return new Promise((resolve, reject) => {
    const labels = quiet(
      loadDataset(url, (dataset) => resolve({ ...dataset, labels, titleOrder: quiet(labels.then((loaded) => titleOrder(loaded.title))) }), signal),
    );
    labels.catch(reject);
  });
}

/**
 * Loads the dataset in a module worker and takes it in message by message: the dataset
 * resolves with the columns, and its ids, titles and title order follow. Where there is
 * no `Worker` (a test's DOM) it loads on this thread with the same code. Aborting before
 * the columns arrive stops the worker at once; once the title order has arrived the
 * worker stops.
 */
export function loadDatasetOffThread(signal?: AbortSignal): Promise<PageDataset> {
  const url = dataUrl(INDEX_FILE);
  if (typeof Worker === 'undefined') return loadOnThisThread(url, signal);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    const labels = pending<IndexLabels>();
    const order = pending<Uint32Array>();
    let assembler: ReturnType<typeof labelsAssembler> | null = null;
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const fail = (error: Error) => {
      stop();
      if (assembler === null) reject(error);
      labels.reject(error);
      order.reject(error);
    };
    const abort = () => {
      if (assembler !== null) return;
      stop();
      reject(signal?.reason ?? new DOMException('The load was aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<DatasetMessage>) => {
      if (data.kind === 'columns') {
        assembler = labelsAssembler(data.dataset.index.count);
        signal?.removeEventListener('abort', abort);
        resolve({ ...data.dataset, labels: labels.promise, titleOrder: order.promise });
      } else if (data.kind === 'strings') assembler?.take(data);
      else if (data.kind === 'done') {
        if (assembler !== null) labels.resolve(assembler.done());
      } else if (data.kind === 'title-order') {
        stop();
        order.resolve(data.order);
      } else fail(failedError(data));
    };
    worker.onerror = (event) => {
      fail(new DataError(INDEX_FILE, `${INDEX_FILE} could not be loaded: the loading worker failed (${event.message || 'no reason given'})`));
    };
    worker.postMessage({ url });
  });
}

/**
 * What every query of the loaded dataset shares: it never changes while the page is
 * open, and its columns are far too large for the cache to compare with a previous value.
 */
const KEPT = { staleTime: Infinity, gcTime: Infinity, structuralSharing: false } as const;

/**
 * The loaded dataset, once per page: the index's columns, their prepared and grouped
 * forms and the date orders come from one load, and the ids and titles follow.
 */
export function datasetQueryOptions() {
  return queryOptions({ queryKey: ['dataset', 'loaded'], queryFn: ({ signal }) => loadDatasetOffThread(signal), ...KEPT });
}

/** A part of the loaded dataset under its own key, for the views that need only that part. */
export function datasetPartQueryOptions<T>(key: readonly string[], part: (dataset: PageDataset) => T | Promise<T>) {
  return queryOptions({
    queryKey: ['dataset', ...key],
    queryFn: async ({ client }) => part(await client.ensureQueryData(datasetQueryOptions())),
    ...KEPT,
  });
}

/** Every row by title, sorted off the page's thread: fetched only when the list is sorted by title. */
export const titleOrderQueryOptions = () => datasetPartQueryOptions(['order', 'title'], (dataset) => dataset.titleOrder);
