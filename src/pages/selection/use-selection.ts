import { useMemo } from 'react';
import { orderedRows, rowOrder } from '../../analysis/row-order';
import { selectionMask } from '../../analysis/selection-masks';
import type { UrlState } from '../../app/url-state';
import { useIndex } from '../../data/get-index';
import { usePreparedColumns } from '../../data/get-prepared-columns';
import { useSearchText } from '../../data/get-search-text';
import { matchRows, queryTerms, searchHaystack } from './text-match';

/**
 * The incidents the URL selects, in list order. `rows` are index rows and `ids` the same
 * incidents' ids; both are null until everything they depend on has loaded (the search
 * file only when there is a query). `error` is the first load that failed.
 */
export interface Selection {
  readonly rows: Uint32Array | null;
  readonly ids: readonly string[] | null;
  readonly error: Error | null;
  readonly retry: () => void;
}

/**
 * Applies the URL's filters, search and sort to the dataset. Everything is derived in
 * memos from the query cache, so the selection can never drift from the URL.
 */
export function useSelection(state: UrlState): Selection {
  const index = useIndex();
  const columns = usePreparedColumns();
  const terms = useMemo(() => queryTerms(state.query), [state.query]);
  const search = useSearchText(terms.length > 0);

  const haystack = useMemo(() => {
    if (!index.data || !search.data) return null;
    const aligned = search.data.build === index.data.build;
    return searchHaystack(index.data.title, aligned ? search.data.text : null);
  }, [index.data, search.data]);

  const order = useMemo(() => (columns.data ? rowOrder(columns.data, state.sort) : null), [columns.data, state.sort]);

  const rows = useMemo(() => {
    if (!columns.data || !order) return null;
    if (terms.length > 0 && !haystack) return null;
    const searchRows = haystack && terms.length > 0 ? matchRows(haystack, terms) : null;
    return orderedRows(order, selectionMask(columns.data, { ...state.filters, searchRows }));
  }, [columns.data, order, haystack, terms, state.filters]);

  const ids = useMemo(() => (rows && index.data ? Array.from(rows, (row) => index.data.id[row]) : null), [rows, index.data]);

  const failed = [index, columns, search].find((query) => query.isError);
  return {
    rows,
    ids,
    error: failed?.error ?? null,
    retry: () => {
      for (const query of [index, columns, search]) if (query.isError) void query.refetch();
    },
  };
}
