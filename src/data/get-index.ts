import { queryOptions, useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from './get-dataset';

export { INDEX_FILE } from './dataset-load';

/**
 * The index's columns, all a count, chart or filter reads, from the one dataset load:
 * ready before the ids and titles, three quarters of the file, have arrived.
 */
export function indexColumnsQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'index', 'columns'],
    queryFn: async ({ client }) => (await client.ensureQueryData(datasetQueryOptions())).index,
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });
}

export function useIndexColumns() {
  return useQuery(indexColumnsQueryOptions());
}

/** The whole index, ids and titles with the columns: for what names or links an incident. */
export function indexQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'index', 'labelled'],
    queryFn: async ({ client }) => {
      const dataset = await client.ensureQueryData(datasetQueryOptions());
      return { ...dataset.index, ...(await dataset.labels) };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });
}

export function useIndex() {
  return useQuery(indexQueryOptions());
}
