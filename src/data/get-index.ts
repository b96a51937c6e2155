import { useQuery } from '@tanstack/react-query';
import { datasetPartQueryOptions } from './get-dataset';
import type { LabelledIndex } from '../domain/label-column';

export { INDEX_FILE } from './index-file';

/**
 * The index's columns, all a count, chart or filter reads, from the one dataset load:
 * ready before the ids and titles, three quarters of the file, have arrived.
 */
export const indexColumnsQueryOptions = () => datasetPartQueryOptions(['index', 'columns'], (dataset) => dataset.index);

export function useIndexColumns() {
  return useQuery(indexColumnsQueryOptions());
}

/** The whole index, ids and titles with the columns: for what names or links an incident. */
export const indexQueryOptions = () => datasetPartQueryOptions(['index', 'labelled'], async (dataset): Promise<LabelledIndex> => ({ ...dataset.index, ...(await dataset.labels) }));

export function useIndex() {
  return useQuery(indexQueryOptions());
}
