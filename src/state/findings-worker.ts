import { scanFindings } from '../analysis/findings/scan-findings';
import type { FindingsScanRequest, FindingsScanMessage } from './run-findings';

/** Runs a findings scan off the page's thread, saying how far it has got as it goes. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FindingsScanRequest>) => void) | null;
  postMessage: (message: FindingsScanMessage) => void;
};

scope.onmessage = ({ data }) => {
  try {
    const scan = scanFindings(data.columns, data.selection, data.excluded, undefined, (done, total) => scope.postMessage({ kind: 'progress', done, total }));
    scope.postMessage({ kind: 'done', scan });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
