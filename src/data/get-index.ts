import { queryOptions, useQuery } from '@tanstack/react-query';
import { IndexSchema } from '../domain/schema';
import type { DatasetIndex } from '../domain/schema';
import { fetchJson } from './fetch-json';

export const INDEX_FILE = 'index.json';

/** The columnar index every view starts from. */
export function getIndex(signal?: AbortSignal): Promise<DatasetIndex> {
  return fetchJson(INDEX_FILE, IndexSchema, signal);
}

/** A dataset never changes while the page is open, so it is fetched once and kept. */
export function indexQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'index'],
    queryFn: ({ signal }) => getIndex(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useIndex() {
  return useQuery(indexQueryOptions());
}
