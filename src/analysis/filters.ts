import { FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import type { Bitset } from './bitset';

/**
 * The options picked in one facet panel. With `matchAll` off an incident matches when it
 * has any of them, with it on when it has all of them. An empty `selected` means the
 * facet does not filter, whatever `matchAll` says.
 */
export interface FacetFilter {
  readonly selected: readonly string[];
  readonly matchAll: boolean;
}

/**
 * Inclusive publication years. Setting either bound drops undated incidents, since they
 * cannot be shown to fall inside any range; both null means no year filter.
 */
export interface YearRange {
  readonly from: number | null;
  readonly to: number | null;
}

export type KindFilter = 'both' | 'report' | 'article';

/**
 * Everything that narrows the selection. Facets combine with AND, each with its own
 * filter. `search` is the set of rows a text search matched, null when no search is
 * active: the search itself runs elsewhere, over the separately loaded text.
 * Plain immutable data, so a new object means a new selection and `useMemo` can key on it.
 */
export interface Filters {
  readonly facets: Readonly<Record<FacetId, FacetFilter>>;
  readonly years: YearRange;
  readonly kind: KindFilter;
  /** Organizations by name (any spelling the prebuild folds to one); an incident matches naming any of them. Empty: no filter. */
  readonly organizations: readonly string[];
  readonly search: Bitset | null;
}

/** Filters that select every incident. */
export function emptyFilters(): Filters {
  const noFilter: FacetFilter = { selected: [], matchAll: false };
  const facets = Object.fromEntries(FACET_IDS.map((facet) => [facet, noFilter])) as Record<FacetId, FacetFilter>;
  return { facets, years: { from: null, to: null }, kind: 'both', organizations: [], search: null };
}
