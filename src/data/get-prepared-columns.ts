import { queryOptions, useQuery } from '@tanstack/react-query';
import { prepareColumns } from '../analysis/prepared-columns';
import { indexQueryOptions } from './get-index';

/**
 * The index as bitsets and typed columns, built once per loaded dataset and shared by
 * every view through the query cache, so no component rebuilds it. Fails exactly when
 * the index fails to load.
 */
export function preparedColumnsQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'prepared-columns'],
    queryFn: async ({ client }) => prepareColumns(await client.ensureQueryData(indexQueryOptions())),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function usePreparedColumns() {
  return useQuery(preparedColumnsQueryOptions());
}
