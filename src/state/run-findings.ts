import type { ScanColumns } from '../analysis/findings/scan-findings';
import { scanWithMessages } from './scan-messages';
import type { FindingsScanMessage, FindingsScanRequest } from './scan-messages';

/** Only what the scan reads goes to the worker: the titles and kind columns stay behind. */
const scanColumns = ({ size, all, year, facets }: ScanColumns): ScanColumns => ({ size, all, year, facets });

/**
 * Runs a scan in a module worker, so a scan of every facet pair never holds up a click,
 * and reports each message to `listen`; where there is no `Worker` (a test's DOM) it runs
 * on the next task instead. The returned function stops it: changing the filters cancels
 * the scan of the old selection at once.
 */
export function runFindingsScan(request: FindingsScanRequest, listen: (message: FindingsScanMessage) => void): () => void {
  const sent: FindingsScanRequest = { ...request, columns: scanColumns(request.columns) };
  if (typeof Worker === 'undefined') {
    const timer = setTimeout(() => scanWithMessages(sent, listen), 0);
    return () => clearTimeout(timer);
  }
  const worker = new Worker(new URL('./findings-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FindingsScanMessage>) => {
    listen(event.data);
    if (event.data.kind !== 'progress') worker.terminate();
  };
  worker.onerror = (event) => {
    listen({ kind: 'failed', message: event.message || 'the scan’s worker failed' });
    worker.terminate();
  };
  worker.postMessage(sent);
  return () => worker.terminate();
}
