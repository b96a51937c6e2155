import { useQuery } from '@tanstack/react-query';
import { datasetPartQueryOptions } from './get-dataset';

/**
 * The prepared columns with every facet's rarest options grouped into one line, built
 * once per dataset: `counting` for what the views draw, `filtering` for the selection.
 * Fails exactly when the index fails to load.
 */
export const groupedColumnsQueryOptions = () => datasetPartQueryOptions(['grouped-columns'], (dataset) => dataset.grouped);

export function useGroupedColumns() {
  return useQuery(groupedColumnsQueryOptions());
}
