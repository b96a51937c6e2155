import { queryOptions, useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from './get-dataset';

/**
 * The index as bitsets and typed columns, built once per loaded dataset (with the index,
 * off the page's thread) and shared by every view through the query cache, so no
 * component rebuilds it. Fails exactly when the index fails to load.
 */
export function preparedColumnsQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'prepared-columns'],
    queryFn: async ({ client }) => (await client.ensureQueryData(datasetQueryOptions())).prepared,
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });
}

export function usePreparedColumns() {
  return useQuery(preparedColumnsQueryOptions());
}
