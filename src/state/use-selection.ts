import { useMemo } from 'react';
import type { Filters } from '../analysis/filters';
import type { PreparedColumns } from '../analysis/prepared-columns';
import { orderedRows, rowOrder } from '../analysis/row-order';
import { crossFilterMasks } from '../analysis/selection-masks';
import type { CrossFilterMasks } from '../analysis/selection-masks';
import type { UrlFilters, UrlState } from './url-state';
import { useIndex } from '../data/get-index';
import { useGroupedColumns } from '../data/get-grouped-columns';
import { useSearchText } from '../data/get-search-text';
import { matchRows, organizationLines, queryTerms, searchHaystack } from '../analysis/text-match';
import { identityOf, sharedDerivation } from './shared-derivation';

/**
 * The incidents the URL selects. `rows` are index rows in list order; `masks` are the
 * cross-filter masks the rows were read from, so a count taken from `masks.all` always
 * equals `rows.length`. Both are null until the index has loaded. Ids are read from the
 * index only where an incident is shown, never for a whole selection. `error` is a failed index load, which leaves nothing to show.
 */
export interface Selection {
  readonly rows: Uint32Array | null;
  readonly masks: CrossFilterMasks | null;
  /**
   * The masks of other filters with this selection's search applied, shared like `masks`:
   * what a view counting over the selection without some of its filters (a crosstab, a
   * cohort) reads. Null while `masks` is.
   */
  readonly masksFor: ((filters: UrlFilters) => CrossFilterMasks) | null;
  /** The search terms of the URL's query, lowercased; empty without a query. */
  readonly terms: readonly string[];
  /** A query is active and the long text is on its way: matches cover titles and organizations only. */
  readonly searchPartial: boolean;
  /** The long text failed to load and no retry is running; matches keep covering titles and organizations. */
  readonly searchError: Error | null;
  readonly error: Error | null;
  readonly retry: () => void;
}

/**
 * The masks of `filters`, keyed by the stringified filters (and the identity of the
 * search's matches), so every caller with the same filter state gets the same masks,
 * rows and ids.
 */
function sharedMasks(columns: PreparedColumns, filters: Filters): CrossFilterMasks {
  const key = JSON.stringify([filters.facets, filters.years, filters.kind, filters.searchRows ? identityOf(filters.searchRows) : null]);
  return sharedDerivation(columns, key, () => crossFilterMasks(columns, filters));
}

/**
 * Applies the URL's filters, search and sort to the dataset. Everything is derived from
 * the query cache, once per filter state for all callers (`sharedDerivation`), so the
 * selection can never drift from the URL nor be computed twice for one page. A search
 * answers at once from titles and organizations and widens to the long text when the
 * search file arrives, so the first page never waits for the largest file.
 */
export function useSelection(state: UrlState): Selection {
  const index = useIndex();
  const grouped = useGroupedColumns();
  const columns = grouped.data?.filtering;
  const terms = useMemo(() => queryTerms(state.query), [state.query]);
  const searching = terms.length > 0;
  const search = useSearchText(searching);

  const organizations = useMemo(
    () =>
      searching && index.data
        ? sharedDerivation(index.data, 'organizations', () => organizationLines(index.data.organizations.values, index.data.organizations.rows))
        : null,
    [searching, index.data],
  );

  const haystack = useMemo(() => {
    if (!index.data || !organizations) return null;
    const texts = search.data?.build === index.data.build ? search.data.text : null;
    return sharedDerivation(index.data, `haystack ${texts ? identityOf(texts) : 'short'}`, () =>
      searchHaystack(index.data.title, texts ? organizations.map((orgs, row) => `${orgs}\n${texts[row]}`) : organizations),
    );
  }, [index.data, organizations, search.data]);

  const order = useMemo(() => (columns ? sharedDerivation(columns, `order ${state.sort}`, () => rowOrder(columns, state.sort)) : null), [columns, state.sort]);

  const searchRows = useMemo((): Uint32Array | null | undefined => {
    if (!searching) return null;
    return haystack ? sharedDerivation(haystack, terms.join('\n'), () => matchRows(haystack, terms)) : undefined;
  }, [haystack, searching, terms]);

  const masksFor = useMemo(
    () => (columns && searchRows !== undefined ? (filters: UrlFilters) => sharedMasks(columns, { ...filters, searchRows }) : null),
    [columns, searchRows],
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
    searchPartial: searching && !search.data && search.isFetching,
    searchError: search.isFetching ? null : search.error,
    error: failed?.error ?? null,
    retry: () => {
      for (const query of [index, grouped, search]) if (query.isError) void query.refetch();
    },
  };
}
