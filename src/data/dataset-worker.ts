import { INDEX_FILE, loadDataset } from './dataset-load';
import { titleOrder } from '../analysis/row-order';
import { datasetMessages, failedMessage } from './dataset-messages';
import type { DatasetMessage } from './dataset-messages';

/**
 * Loads the dataset off the page's thread: fetching, parsing, checking and preparing a
 * million incidents takes seconds, and the page stays responsive meanwhile.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ url: string }>) => void) | null;
  postMessage: (message: DatasetMessage, transfer: Transferable[]) => void;
};

scope.onmessage = ({ data }) => {
  loadDataset(data.url).then(
    (dataset) => {
      for (const { message, transfer } of datasetMessages(dataset)) scope.postMessage(message, transfer);
      const order = titleOrder(dataset.index.title);
      scope.postMessage({ kind: 'title-order', order }, [order.buffer]);
    },
    (error: unknown) => scope.postMessage(failedMessage(error, INDEX_FILE), []),
  );
};
