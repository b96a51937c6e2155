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
