import { queryOptions } from '@tanstack/react-query';
import { loadDataset } from './dataset-load';
import { takeEarlyLoad } from './early-load';
import { titleOrder } from '../analysis/row-order';
import { indexUrls } from './index-file';
import type { IndexUrls } from './index-file';
import { loadInWorker } from './load-in-worker';
import { quiet } from './quiet';
import { pageLabels } from '../domain/label-column';
import type { PageDataset } from './load-in-worker';

/** The same load on this thread, for a page without workers (a test's DOM). */
function loadOnThisThread(urls: IndexUrls, signal?: AbortSignal): Promise<PageDataset> {
  return new Promise((resolve, reject) => {
    const read = quiet(
      loadDataset(urls, (dataset) => resolve({ ...dataset, labels, titleOrder: quiet(read.then((loaded) => titleOrder(loaded.title))) }), signal),
    );
    const labels = quiet(read.then(pageLabels));
    read.catch(reject);
  });
}

/**
 * Loads the dataset in a module worker (see `loadInWorker`), or where there is no
 * `Worker` (a test's DOM) on this thread with the same code.
 */
export function loadDatasetOffThread(signal?: AbortSignal): Promise<PageDataset> {
  return typeof Worker === 'undefined' ? loadOnThisThread(indexUrls(), signal) : loadInWorker(signal);
}

/**
 * What every query of the loaded dataset shares: it never changes while the page is
 * open, and its columns are far too large for the cache to compare with a previous value.
 */
const KEPT = { staleTime: Infinity, gcTime: Infinity, structuralSharing: false } as const;

/**
 * The loaded dataset, once per page: the index's columns, their prepared and grouped
 * forms and the date orders come from one load, and the ids and titles follow. The first
 * query takes over the load the page's first script started.
 */
export function datasetQueryOptions() {
  return queryOptions({ queryKey: ['dataset', 'loaded'], queryFn: ({ signal }) => takeEarlyLoad(signal) ?? loadDatasetOffThread(signal), ...KEPT });
}

/**
 * A part of the loaded dataset under its own key, for the views that need only that part.
 * A part that fails once the dataset is in failed on what the load gives later (the ids
 * and titles, their order): the load is dropped, so the next attempt, a retry or a Retry
 * button, loads the dataset anew instead of awaiting the same failure.
 */
export function datasetPartQueryOptions<T>(key: readonly string[], part: (dataset: PageDataset) => T | Promise<T>) {
  return queryOptions({
    queryKey: ['dataset', ...key],
    queryFn: async ({ client }) => {
      const dataset = await client.ensureQueryData(datasetQueryOptions());
      try {
        return await part(dataset);
      } catch (cause) {
        client.removeQueries({ queryKey: datasetQueryOptions().queryKey, exact: true });
        throw cause;
      }
    },
    ...KEPT,
  });
}

/** Every row by title, sorted off the page's thread: fetched only when the list is sorted by title. */
export const titleOrderQueryOptions = () => datasetPartQueryOptions(['order', 'title'], (dataset) => dataset.titleOrder);
