import { loadDataset } from './dataset-load';
import { INDEX_FILE } from './index-file';
import type { IndexUrls } from './index-file';
import { titleOrder } from '../analysis/row-order';
import { columnsMessage, failedMessage, labelsMessages } from './dataset-messages';
import type { DatasetMessage } from './dataset-messages';

/**
 * Loads the dataset off the page's thread: fetching, parsing, checking and preparing a
 * million incidents takes seconds, and the page stays responsive meanwhile. The columns
 * go to the page as soon as they are ready, the ids and titles after them, and last the
 * order of the titles.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ urls: IndexUrls }>) => void) | null;
  postMessage: (message: DatasetMessage, transfer: Transferable[]) => void;
};

const post = ({ message, transfer }: { message: DatasetMessage; transfer: Transferable[] }) => scope.postMessage(message, transfer);

scope.onmessage = ({ data }) => {
  loadDataset(data.urls, (dataset) => post(columnsMessage(dataset))).then(
    (labels) => {
      for (const message of labelsMessages(labels)) post(message);
      const order = titleOrder(labels.title);
      scope.postMessage({ kind: 'title-order', order }, [order.buffer]);
    },
    (error: unknown) => scope.postMessage(failedMessage(error, INDEX_FILE), []),
  );
};
