import { queryOptions, useQuery } from '@tanstack/react-query';
import { SearchFileSchema } from '../domain/schema';
import type { SearchFile } from '../domain/schema';
import { fetchJson } from './fetch-json';

export const SEARCH_FILE = 'search.json';

/** The long text behind full-text search, aligned with the index rows. */
export function getSearchText(signal?: AbortSignal): Promise<SearchFile> {
  return fetchJson(SEARCH_FILE, SearchFileSchema, signal);
}

export function searchTextQueryOptions() {
  return queryOptions({
    queryKey: ['dataset', 'search'],
    queryFn: ({ signal }) => getSearchText(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/**
 * The search text, fetched only once `enabled` is true: it is the largest file of the
 * dataset and most visits never search.
 */
export function useSearchText(enabled: boolean) {
  return useQuery({ ...searchTextQueryOptions(), enabled });
}
