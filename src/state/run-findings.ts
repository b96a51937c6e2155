import type { Bitset } from '../analysis/bitset';
import type { FindingsScan } from '../analysis/findings/finding-types';
import { scanFindings } from '../analysis/findings/scan-findings';
import type { ScanColumns } from '../analysis/findings/scan-findings';
import type { FacetId } from '../domain/taxonomy';

/** What a scan is asked for: the columns, the selection and the facets its filters use. */
export interface FindingsScanRequest {
  readonly columns: ScanColumns;
  readonly selection: Bitset;
  readonly excluded: readonly FacetId[];
}

/** What a running scan says: how far it has got, its result, or why it stopped. */
export type FindingsScanMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly scan: FindingsScan }
  | { readonly kind: 'failed'; readonly message: string };

/** Runs the scan where it is called, telling `listen` how far it has got and how it ended; never throws. */
export function scanWithMessages(request: FindingsScanRequest, listen: (message: FindingsScanMessage) => void): void {
  try {
    const scan = scanFindings(request.columns, request.selection, request.excluded, undefined, (done, total) => listen({ kind: 'progress', done, total }));
    listen({ kind: 'done', scan });
  } catch (error) {
    listen({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

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
