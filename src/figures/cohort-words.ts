import { cohortFilters } from '../state/cohort-filters';
import { filtersInWords } from '../state/filters-in-words';
import type { UrlState } from '../state/url-state';

/** What the cohorts of a comparison are, as filter clauses in the taxonomy's words. */
export interface CohortClauses {
  /** Clauses both cohorts have: the selection's filters neither cohort replaces, and the search. */
  readonly shared: readonly string[];
  /** Clauses only cohort A has: what sets it apart from B. */
  readonly a: readonly string[];
  readonly b: readonly string[];
}

/**
 * Each cohort's filters (the selection's, with the cohort's own in place of theirs) split
 * into what both share and what sets each apart, so a caption never names a selection
 * filter that one cohort has replaced as if it held for both.
 */
export function cohortClauses(state: UrlState): CohortClauses {
  const a = filtersInWords({ ...state, filters: cohortFilters(state.filters, state.cohorts.a) });
  const b = filtersInWords({ ...state, filters: cohortFilters(state.filters, state.cohorts.b) });
  const shared = a.filter((clause) => b.includes(clause));
  return { shared, a: a.filter((clause) => !shared.includes(clause)), b: b.filter((clause) => !shared.includes(clause)) };
}

/** What sets a cohort apart, in one line: "Objective = malicious; Years 2010–2015", or "the whole selection". */
export const cohortWords = (clauses: readonly string[]): string => clauses.join('; ') || 'the whole selection';
