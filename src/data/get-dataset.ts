import { queryOptions } from '@tanstack/react-query';
import { INDEX_FILE, loadDataset } from './dataset-load';
import type { LoadedDataset } from './dataset-load';
import { datasetAssembler, failedError } from './dataset-messages';
import type { DatasetMessage } from './dataset-messages';
import { DataError } from './data-error';
import { dataUrl } from './fetch-json';

/**
 * Loads the dataset in a module worker and takes it in message by message; where there
 * is no `Worker` (a test's DOM) it loads on this thread with the same code. Aborting
 * stops the worker at once.
 */
export function loadDatasetOffThread(signal?: AbortSignal): Promise<LoadedDataset> {
  const url = dataUrl(INDEX_FILE);
  if (typeof Worker === 'undefined') return loadDataset(url, signal);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    const assembler = datasetAssembler();
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      reject(signal?.reason ?? new DOMException('The load was aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<DatasetMessage>) => {
      if (data.kind === 'head' || data.kind === 'strings') return assembler.take(data);
      stop();
      if (data.kind === 'done') resolve(assembler.done());
      else reject(failedError(data));
    };
    worker.onerror = (event) => {
      stop();
      reject(new DataError(INDEX_FILE, `${INDEX_FILE} could not be loaded: the loading worker failed (${event.message || 'no reason given'})`));
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
