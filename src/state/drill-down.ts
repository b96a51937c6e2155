/**
 * Where a number of a comparison view leads: the overview's incident list with filters
 * that select exactly the incidents the number counts. Pure `UrlState -> UrlState`
 * functions, so a link's address is known before it is followed and can be opened in a
 * new tab.
 */
import type { FacetFilter } from '../analysis/filters';
import type { UrlFilters, UrlState } from './url-state';
import type { FacetId } from '../domain/taxonomy';

const NO_FILTER: FacetFilter = { selected: [], matchAll: false };

/** The overview listing `filters`; the search, sort, gaps switch and view settings stay, the page restarts. */
export const listState = (state: UrlState, filters: UrlFilters): UrlState => ({
  ...state,
  view: 'overview',
  id: null,
  deck: null,
  page: 1,
  filters,
});

/** `filters` without any filter on `facets`: what a view breaking incidents down by them counts over. */
export function withoutFacets(filters: UrlFilters, facets: readonly FacetId[]): UrlFilters {
  const next = { ...filters.facets };
  for (const facet of facets) next[facet] = NO_FILTER;
  return { ...filters, facets: next };
}

/**
 * `filters` with `facet` set to incidents having every one of `options`. Replacing the
 * facet's filter (not adding to it) is exact because the views count over the selection
 * without their own facets' filters.
 */
export function withOptions(filters: UrlFilters, facet: FacetId, options: readonly string[]): UrlFilters {
  const selected = [...new Set(options)];
  return { ...filters, facets: { ...filters.facets, [facet]: { selected, matchAll: selected.length > 1 } } };
}

/** `filters` narrowed to the years `from`–`to`; the views only offer years inside the selection's range. */
export const withYears = (filters: UrlFilters, from: number, to: number): UrlFilters => ({ ...filters, years: { from, to } });
