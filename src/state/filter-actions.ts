/**
 * Every change the overview makes to the selection, as pure `UrlState -> UrlState`
 * functions. Each one sends the list back to page 1, since the old page number belongs to
 * a different selection, and none touches the view, the sort or the gaps switch.
 */
import type { KindFilter, YearRange } from '../analysis/filters';
import { defaultUrlState } from './url-state';
import type { UrlFilters, UrlState } from './url-state';
import type { FacetId } from '../domain/taxonomy';

function withFilters(state: UrlState, filters: Partial<UrlFilters>): UrlState {
  return { ...state, filters: { ...state.filters, ...filters }, page: 1 };
}

/**
 * Sets facet `facet`'s options. "Must have all" is dropped with the last option, so a
 * link never carries a switch for a facet that does not filter.
 */
function withSelected(state: UrlState, facet: FacetId, selected: readonly string[]): UrlState {
  const matchAll = selected.length > 0 && state.filters.facets[facet].matchAll;
  return withFilters(state, { facets: { ...state.filters.facets, [facet]: { selected, matchAll } } });
}

/** Adds `option` to the facet's filter, or removes it when it is already there. */
export function toggleOption(state: UrlState, facet: FacetId, option: string): UrlState {
  const { selected } = state.filters.facets[facet];
  const next = selected.includes(option) ? selected.filter((o) => o !== option) : [...selected, option];
  return withSelected(state, facet, next);
}

export function removeOption(state: UrlState, facet: FacetId, option: string): UrlState {
  return withSelected(state, facet, state.filters.facets[facet].selected.filter((o) => o !== option));
}

/** Whether an incident needs every selected option of the facet (AND) or any one of them (OR). */
export function setMatchAll(state: UrlState, facet: FacetId, matchAll: boolean): UrlState {
  const filter = state.filters.facets[facet];
  return withFilters(state, { facets: { ...state.filters.facets, [facet]: { ...filter, matchAll } } });
}

/** Sets the year range, swapping the bounds when they arrive the wrong way round. */
export function setYears(state: UrlState, { from, to }: YearRange): UrlState {
  const years = from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
  return withFilters(state, { years });
}

export function setKind(state: UrlState, kind: KindFilter): UrlState {
  return withFilters(state, { kind });
}

/** Adds the organization `name` to the organization filter, or removes it when it is already there. */
export function toggleOrganization(state: UrlState, name: string): UrlState {
  const { organizations } = state.filters;
  return withFilters(state, { organizations: organizations.includes(name) ? organizations.filter((o) => o !== name) : [...organizations, name] });
}

export function removeOrganization(state: UrlState, name: string): UrlState {
  return withFilters(state, { organizations: state.filters.organizations.filter((o) => o !== name) });
}

/** Sets the search query; surrounding blanks are dropped so "  " means no search. */
export function setQuery(state: UrlState, query: string): UrlState {
  return { ...state, query: query.trim(), page: 1 };
}

/** Every filter and the search removed; the view, list order and gaps switch are kept. */
export function clearFilters(state: UrlState): UrlState {
  const { filters, query } = defaultUrlState();
  return { ...state, filters, query, page: 1 };
}
