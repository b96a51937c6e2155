import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { parseDictionary, parseShard, SearchIndexError, shardsFor } from '../analysis/search-index';
import type { SearchDictionary } from '../analysis/search-index';
import { SEARCH_WORDS_FILE, shardFile } from '../domain/search-index-format';
import { DataValidationError } from './data-error';
import { fetchBytes } from './fetch-bytes';

/** A damaged file fails like any file that is not what it should be: once, and not retried. */
async function readChecked<T>(file: string, signal: AbortSignal | undefined, read: (buffer: ArrayBuffer) => T): Promise<T> {
  const buffer = await fetchBytes(file, signal);
  try {
    return read(buffer);
  } catch (cause) {
    if (cause instanceof SearchIndexError) throw new DataValidationError(file, cause.reason);
    throw cause;
  }
}

/** The dictionary of the search index of dataset `build`. */
export function getSearchDictionary(build: string, signal?: AbortSignal): Promise<SearchDictionary> {
  return readChecked(SEARCH_WORDS_FILE, signal, (buffer) => parseDictionary(buffer, SEARCH_WORDS_FILE, build));
}

/** The postings of shard `shard`, checked against the dictionary. */
export function getSearchShard(dictionary: SearchDictionary, shard: number, signal?: AbortSignal): Promise<Uint8Array> {
  const file = shardFile(shard);
  return readChecked(file, signal, (buffer) => parseShard(buffer, file, dictionary, shard));
}

export function searchDictionaryQueryOptions(build: string) {
  return queryOptions({
    queryKey: ['dataset', 'search', 'words', build],
    queryFn: ({ signal }) => getSearchDictionary(build, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function searchShardQueryOptions(dictionary: SearchDictionary, shard: number) {
  return queryOptions({
    queryKey: ['dataset', 'search', 'shard', dictionary.build, shard],
    queryFn: ({ signal }) => getSearchShard(dictionary, shard, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The dictionary and every shard a search needs, all loaded. */
export interface LoadedSearch {
  readonly dictionary: SearchDictionary;
  readonly shards: ReadonlyMap<number, Uint8Array>;
}

export interface SearchIndexState {
  /** Null until the dictionary and every shard the parts need have loaded. */
  readonly loaded: LoadedSearch | null;
  /** A file of the index is on its way (or being retried). */
  readonly fetching: boolean;
  /** The first file of the index that failed, once nothing is being fetched: one error for the whole search. */
  readonly error: Error | null;
  readonly retry: () => void;
}

/**
 * The search index for the query words `parts` of dataset `build`: the dictionary once
 * there are parts, then only the shards holding their words, each fetched once and kept
 * for later queries. Nothing is fetched without parts or before the index's build is known.
 */
export function useSearchIndex(parts: readonly string[], build: string | undefined): SearchIndexState {
  const words = useQuery({ ...searchDictionaryQueryOptions(build ?? ''), enabled: parts.length > 0 && build !== undefined });
  const dictionary = words.data;
  const partsKey = parts.join('\n');
  // `partsKey` stands for `parts`, whose identity may change with the same words.
  const needed = useMemo(() => (dictionary ? shardsFor(dictionary, parts) : []), [dictionary, partsKey]);
  const shards = useQueries({ queries: dictionary ? needed.map((shard) => searchShardQueryOptions(dictionary, shard)) : [] });
  const ready = dictionary !== undefined && parts.length > 0 && shards.every((shard) => shard.data !== undefined);
  // Shards never change once loaded, so the list of those needed stands for their data.
  const loadedKey = ready ? needed.join(',') : null;
  const loaded = useMemo(
    () => (dictionary && loadedKey !== null ? { dictionary, shards: new Map(needed.map((shard, i) => [shard, shards[i].data as Uint8Array])) } : null),
    [dictionary, loadedKey],
  );
  const all = [words, ...shards];
  const fetching = all.some((query) => query.isFetching);
  const failed = all.find((query) => query.isError);
  return {
    loaded,
    fetching,
    error: fetching ? null : (failed?.error ?? null),
    retry: () => {
      for (const query of all) if (query.isError) void query.refetch();
    },
  };
}
