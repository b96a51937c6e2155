import { queryOptions, useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from './get-dataset';

/**
 * The prepared columns with every facet's rarest options grouped into one line, built
 * once per dataset: `counting` for what the views draw, `filtering` for the selection.
 * Fails exactly when the index fails to load.
 */
export function groupedColumnsQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'grouped-columns'],
    queryFn: async ({ client }) => (await client.ensureQueryData(datasetQueryOptions())).grouped,
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });
}

export function useGroupedColumns() {
  return useQuery(groupedColumnsQueryOptions());
}
