import type { LoadedDataset } from './dataset-load';
import { failedError, labelsAssembler } from './dataset-messages';
import type { DatasetMessage } from './dataset-messages';
import { DataError } from './data-error';
import { INDEX_FILE, indexUrls } from './index-file';
import { pending } from './quiet';
import type { PageLabels } from '../domain/label-column';

/** The dataset as the page holds it: its columns first, the ids and titles and then their order later. */
export interface PageDataset extends LoadedDataset {
  /** Every row's id and title; rejects when they fail to load or check. */
  readonly labels: Promise<PageLabels>;
  /** Every row by title; rejects when the labels do, or the worker fails after they arrived. */
  readonly titleOrder: Promise<Uint32Array>;
}

/**
 * Loads the dataset in a module worker and takes it in message by message: the dataset
 * resolves with the columns, and its ids, titles and title order follow. Aborting before
 * the columns arrive stops the worker at once; once the title order has arrived the
 * worker stops.
 */
export function loadInWorker(signal?: AbortSignal): Promise<PageDataset> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    const labels = pending<PageLabels>();
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
      } else if (data.kind === 'strings' || data.kind === 'done') {
        try {
          if (data.kind === 'strings') assembler?.take(data);
          else if (assembler !== null) labels.resolve(assembler.done());
        } catch (cause) {
          fail(new DataError(INDEX_FILE, `the ids and titles of ${INDEX_FILE} could not be read: ${(cause as Error).message}`));
        }
      } else if (data.kind === 'title-order') {
        stop();
        order.resolve(data.order);
      } else fail(failedError(data));
    };
    worker.onerror = (event) => {
      fail(new DataError(INDEX_FILE, `${INDEX_FILE} could not be loaded: the loading worker failed (${event.message || 'no reason given'})`));
    };
    worker.postMessage({ urls: indexUrls() });
  });
}
