import { BuildReportSchema } from '../domain/schema';
import { type QualityReport, qualityReportOf } from './build-report-rows';
import type { FailedMessage } from './dataset-messages';
import { fetchJsonAt } from './fetch-json';

export const BUILD_REPORT_FILE = 'build-report.json';

/**
 * Fetches `build-report.json` from `url`, checks it with the schema the prebuild wrote it
 * with and keeps what the data-quality view shows. The whole of it, written once for the
 * worker that normally runs it and for a page without workers.
 */
export async function loadQualityReport(url: string, signal?: AbortSignal): Promise<QualityReport> {
  return qualityReportOf(await fetchJsonAt(url, BUILD_REPORT_FILE, BuildReportSchema, signal));
}

/** What the build report's worker answers: what the view shows, or why it could not be had. */
export type QualityReportMessage = { readonly kind: 'done'; readonly report: QualityReport } | FailedMessage;
