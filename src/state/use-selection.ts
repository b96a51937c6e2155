import { useQuery } from '@tanstack/react-query';
import type { LoadedDataset } from '../data/dataset-load';
import { useEffect, useMemo, useRef } from 'react';
import { orderedRows, rowOrder } from '../analysis/row-order';
import type { OrderedRows } from '../analysis/row-order';
import type { CrossFilterMasks } from '../analysis/selection-masks';
import type { UrlFilters, UrlState } from './url-state';
import { datasetQueryOptions, titleOrderQueryOptions } from '../data/get-dataset';
import { indexQueryOptions, useIndexColumns } from '../data/get-index';
import { useGroupedColumns } from '../data/get-grouped-columns';
import { useSearchIndex } from '../data/get-search-index';
import { queryTerms } from '../analysis/text-match';
import { queryParts } from '../domain/search-words';
import { searchMatches, searchedMasks } from './search-matches';
import type { Bitset } from '../analysis/bitset';
import { identityOf, sharedDerivation } from './shared-derivation';

/**
 * The incidents the URL selects. `rows` are index rows in list order; `masks` are the
 * cross-filter masks the rows were read from, so a count taken from `masks.all` always
 * equals `rows.length`. Both are null until the index has loaded. Ids are read from the
 * index only where an incident is shown, never for a whole selection. `error` is a failed index load, which leaves nothing to show.
 */
export interface Selection {
  readonly rows: OrderedRows | null;
  readonly masks: CrossFilterMasks | null;
  /**
   * The masks of other filters with this selection's search applied, shared like `masks`:
   * what a view counting over the selection without some of its filters (a crosstab, a
   * cohort) reads. Null while `masks` is.
   */
  readonly masksFor: ((filters: UrlFilters) => CrossFilterMasks) | null;
  /** The search terms of the URL's query, lowercased; empty without a query. */
  readonly terms: readonly string[];
  /** A query is active and the search index is on its way: matches cover titles and organizations only. */
  readonly searchPartial: boolean;
  /**
   * A query is active in a dataset too large to scan title by title, and the index words
   * it needs are on their way: the selection is the previous search's (or none) until they arrive.
   */
  readonly searchWaiting: boolean;
  /** A file of the search index failed to load and no retry is running; matches keep covering titles and organizations. */
  readonly searchError: Error | null;
  readonly error: Error | null;
  readonly retry: () => void;
}

const selectOrders = (dataset: LoadedDataset) => dataset.orders;

/** Datasets up to this many incidents answer a search from their titles while its index loads. */
export const TITLE_SCAN_LIMIT = 200_000;

/**
 * Applies the URL's filters, search and sort to the dataset. Everything is derived from
 * the query cache, once per filter state for all callers (`sharedDerivation`), so the
 * selection can never drift from the URL nor be computed twice for one page. A search
 * answers at once from titles and organizations and widens to the long text when the
 * search index and the shards of postings the query needs arrive, so the first page
 * never waits for the largest files.
 */
export function useSelection(state: UrlState): Selection {
  const index = useIndexColumns();
  const grouped = useGroupedColumns();
  const columns = grouped.data?.filtering;
  const terms = useMemo(() => queryTerms(state.query), [state.query]);
  const searching = terms.length > 0;
  const parts = useMemo(() => queryParts(terms), [terms]);
  const search = useSearchIndex(parts, index.data?.build);

  const presorted = useQuery({ ...datasetQueryOptions(), select: selectOrders }).data;
  const byTitle = useQuery({ ...titleOrderQueryOptions(), enabled: state.sort === 'title' }).data;
  const order = useMemo(() => {
    if (!columns) return null;
    // Titles are sorted in the loading worker: until that order arrives the list waits, not the page.
    const { sort } = state;
    if (sort === 'title') return byTitle ?? null;
    return sharedDerivation(columns, `order ${sort}`, () => presorted?.[sort] ?? rowOrder(columns, sort));
  }, [columns, presorted, byTitle, state]);

  // Scanning every title for each keystroke is quick at 100,000 incidents and takes
  // seconds at a million; there the last answer stays until the index answers.
  const scansTitles = (index.data?.count ?? 0) <= TITLE_SCAN_LIMIT;
  const labelled = useQuery({ ...indexQueryOptions(), enabled: searching && scansTitles }).data;
  const waiting = searching && !search.loaded && !scansTitles;
  const answered = useRef<Bitset | null>(null);
  const matches = useMemo((): Bitset | null | undefined => {
    if (!searching) return null;
    if (!index.data) return undefined;
    if (waiting) return answered.current;
    return searchMatches(labelled, search.loaded, terms);
  }, [index.data, labelled, search.loaded, searching, terms, waiting]);
  useEffect(() => {
    if (!waiting && matches !== undefined) answered.current = matches;
  }, [matches, waiting]);

  const masksFor = useMemo(
    () => (columns && matches !== undefined ? (filters: UrlFilters) => searchedMasks(columns, matches, filters) : null),
    [columns, matches],
  );
  const masks = useMemo(() => (masksFor ? masksFor(state.filters) : null), [masksFor, state.filters]);
  const rows = useMemo(() => (order && masks ? sharedDerivation(masks, `rows ${identityOf(order)}`, () => orderedRows(order, masks.all)) : null), [order, masks]);

  const failed = [index, grouped].find((query) => query.isError);
  return {
    rows,
    masks,
    masksFor,
    terms,
    // One state at a time: loading while a fetch (or a retry) runs, failed once it has given up.
    searchPartial: searching && !search.loaded && search.fetching && scansTitles,
    searchWaiting: waiting && search.fetching,
    searchError: search.error,
    error: failed?.error ?? null,
    retry: () => {
      for (const query of [index, grouped]) if (query.isError) void query.refetch();
      search.retry();
    },
  };
}
