import { queryOptions, useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from './get-dataset';

export { INDEX_FILE } from './dataset-load';

/** The columnar index every view starts from, from the one dataset load. */
export function indexQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'index'],
    queryFn: async ({ client }) => (await client.ensureQueryData(datasetQueryOptions())).index,
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });
}

export function useIndex() {
  return useQuery(indexQueryOptions());
}
