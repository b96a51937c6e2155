import { useQuery } from '@tanstack/react-query';
import { datasetPartQueryOptions } from './get-dataset';

/**
 * The index as bitsets and typed columns, built once per loaded dataset (with the index,
 * off the page's thread) and shared by every view through the query cache, so no
 * component rebuilds it. Fails exactly when the index fails to load.
 */
export const preparedColumnsQueryOptions = () => datasetPartQueryOptions(['prepared-columns'], (dataset) => dataset.prepared);

export function usePreparedColumns() {
  return useQuery(preparedColumnsQueryOptions());
}
