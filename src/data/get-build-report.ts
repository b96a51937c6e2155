import { queryOptions, useQuery } from '@tanstack/react-query';
import { BUILD_REPORT_FILE, loadQualityReport } from './build-report-load';
import type { QualityReportMessage } from './build-report-load';
import type { QualityReport } from './build-report-rows';
import { DataError } from './data-error';
import { failedError } from './dataset-messages';
import { dataUrl } from './fetch-json';

/**
 * What the prebuild made of every input that the data-quality view shows: counts, skipped
 * files, warnings, duplicates. Read in a module worker, so a report of a million inputs
 * never holds up the page; where there is no `Worker` (a test's DOM), here.
 */
export function getQualityReport(signal?: AbortSignal): Promise<QualityReport> {
  const url = dataUrl(BUILD_REPORT_FILE);
  if (typeof Worker === 'undefined') return loadQualityReport(url, signal);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./build-report-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      reject(signal?.reason ?? new DOMException('The load was aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<QualityReportMessage>) => {
      stop();
      if (data.kind === 'done') resolve(data.report);
      else reject(failedError(data));
    };
    worker.onerror = (event) => {
      stop();
      reject(new DataError(BUILD_REPORT_FILE, `${BUILD_REPORT_FILE} could not be loaded: its worker failed (${event.message || 'no reason given'})`));
    };
    worker.postMessage({ url });
  });
}

export function qualityReportQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'build-report'],
    queryFn: ({ signal }) => getQualityReport(signal),
    staleTime: Infinity,
  });
}

export function useQualityReport() {
  return useQuery(qualityReportQueryOptions());
}
