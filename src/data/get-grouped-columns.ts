import { queryOptions, useQuery } from '@tanstack/react-query';
import { groupColumns } from '../analysis/option-groups';
import { preparedColumnsQueryOptions } from './get-prepared-columns';

/**
 * The prepared columns with every facet's rarest options grouped into one line, built
 * once per dataset: `counting` for what the views draw, `filtering` for the selection.
 * Fails exactly when the index fails to load.
 */
export function groupedColumnsQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'grouped-columns'],
    queryFn: async ({ client }) => groupColumns(await client.ensureQueryData(preparedColumnsQueryOptions())),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useGroupedColumns() {
  return useQuery(groupedColumnsQueryOptions());
}
