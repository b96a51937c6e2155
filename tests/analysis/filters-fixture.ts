import { emptyFilters } from '../../src/analysis/filters';
import type { FacetFilter, Filters } from '../../src/analysis/filters';
import type { FacetId } from '../../src/domain/taxonomy';

export const anyOf = (...selected: string[]): FacetFilter => ({ selected, matchAll: false });
export const allOf = (...selected: string[]): FacetFilter => ({ selected, matchAll: true });

export interface FilterOverrides extends Partial<Omit<Filters, 'facets'>> {
  readonly facets?: Partial<Record<FacetId, FacetFilter>>;
}

/** `emptyFilters()` with only the named parts changed, so each test shows just what it filters on. */
export function filtersWith(overrides: FilterOverrides): Filters {
  const empty = emptyFilters();
  return { ...empty, ...overrides, facets: { ...empty.facets, ...overrides.facets } };
}
