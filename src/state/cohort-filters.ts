/**
 * How a cohort's own filters combine with the selection's, as pure functions. A cohort
 * starts from the selection and each of its own filters (a facet, the years, the kind, organizations)
 * replaces the selection's filter of that kind. Replacing rather than intersecting keeps
 * every cohort one plain set of filters, so its link opens exactly its incidents.
 */
import type { FacetFilter } from '../analysis/filters';
import { defaultUrlState } from './url-state';
import type { UrlFilters, UrlState } from './url-state';
import { FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';

export type CohortName = 'a' | 'b';

/** The filters that select a cohort: the selection's, with the cohort's own in place of theirs. */
export function cohortFilters(base: UrlFilters, cohort: UrlFilters): UrlFilters {
  const facets = Object.fromEntries(
    FACET_IDS.map((facet) => [facet, cohort.facets[facet].selected.length > 0 ? cohort.facets[facet] : base.facets[facet]]),
  ) as Record<FacetId, FacetFilter>;
  const ownYears = cohort.years.from !== null || cohort.years.to !== null;
  return {
    facets,
    years: ownYears ? cohort.years : base.years,
    kind: cohort.kind !== 'both' ? cohort.kind : base.kind,
    organizations: cohort.organizations.length > 0 ? cohort.organizations : base.organizations,
  };
}

/** Whether a cohort has no filter of its own, and so is the whole selection. */
export const hasOwnFilters = (cohort: UrlFilters): boolean =>
  FACET_IDS.some((facet) => cohort.facets[facet].selected.length > 0) ||
  cohort.years.from !== null ||
  cohort.years.to !== null ||
  cohort.kind !== 'both' ||
  cohort.organizations.length > 0;

/** Cohort A becomes B and B becomes A; nothing else changes. */
export const swapCohorts = (state: UrlState): UrlState => ({ ...state, cohorts: { a: state.cohorts.b, b: state.cohorts.a } });

/** `state` with one cohort's filters replaced. */
export const withCohort = (state: UrlState, name: CohortName, filters: UrlFilters): UrlState => ({
  ...state,
  cohorts: { ...state.cohorts, [name]: filters },
});

/**
 * A cohort's filters as a stand-in state, so the overview's own filter actions and chips
 * (which work on a whole state) can edit and describe a cohort too.
 */
export const asState = (filters: UrlFilters): UrlState => ({ ...defaultUrlState(), filters });

/**
 * The facet filter for "these incidents, and having `option` too", when one filter can
 * say it: no filter gives the option alone; any-of containing it gives it alone (having
 * it implies the rest); all-of, or a single option, gives all-of with it added. An any-of
 * of several others cannot be narrowed to one filter: null.
 */
export function narrowFacet(filter: FacetFilter, option: string): FacetFilter | null {
  const { selected, matchAll } = filter;
  if (selected.length === 0) return { selected: [option], matchAll: false };
  if (matchAll || selected.length === 1) {
    const next = selected.includes(option) ? selected : [...selected, option];
    return { selected: next, matchAll: next.length > 1 };
  }
  return selected.includes(option) ? { selected: [option], matchAll: false } : null;
}
