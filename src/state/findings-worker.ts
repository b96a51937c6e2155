import { scanWithMessages } from './scan-messages';
import type { FindingsScanMessage, FindingsScanRequest } from './scan-messages';

/** Runs a findings scan off the page's thread, saying how far it has got as it goes. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FindingsScanRequest>) => void) | null;
  postMessage: (message: FindingsScanMessage) => void;
};

scope.onmessage = ({ data }) => scanWithMessages(data, (message) => scope.postMessage(message));
