import { queryOptions, useQuery } from '@tanstack/react-query';
import { BuildReportSchema } from '../domain/schema';
import type { BuildReport } from '../domain/schema';
import { fetchJson } from './fetch-json';

export const BUILD_REPORT_FILE = 'build-report.json';

/** What the prebuild made of every input: skipped files, warnings, duplicates. */
export function getBuildReport(signal?: AbortSignal): Promise<BuildReport> {
  return fetchJson(BUILD_REPORT_FILE, BuildReportSchema, signal);
}

export function buildReportQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'build-report'],
    queryFn: ({ signal }) => getBuildReport(signal),
    staleTime: Infinity,
  });
}

export function useBuildReport() {
  return useQuery(buildReportQueryOptions());
}
