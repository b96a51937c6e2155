import { useMemo } from 'react';
import { or } from '../../analysis/bitset';
import type { Bitset } from '../../analysis/bitset';
import { compareCohorts } from '../../analysis/cohort-comparison';
import type { CohortComparison } from '../../analysis/cohort-comparison';
import { headline } from '../../analysis/headline';
import type { Headline } from '../../analysis/headline';
import type { UrlState } from '../../state/url-state';
import { useGroupedColumns } from '../../data/get-grouped-columns';
import { FACET_IDS } from '../../domain/taxonomy';
import { useSelection } from '../../state/use-selection';
import type { Selection } from '../../state/use-selection';
import { cohortFilters } from '../../state/cohort-filters';

export interface CohortsView {
  readonly comparison: CohortComparison;
  /** The overview states listing each cohort's incidents. */
  readonly states: { readonly a: UrlState; readonly b: UrlState };
  /** The incidents in either cohort: what an exported image's caption counts. */
  readonly counted: Headline;
  /** The selection both cohorts are cut from: what the list of a facet's grouped options counts over. */
  readonly selected: Bitset;
}

/**
 * Cohort B against cohort A, each the selection with its own filters in place of the
 * selection's (`cohortFilters`), compared option by option with `compareCohorts`: shares,
 * Newcombe intervals, tests and Benjamini–Hochberg adjustment. Each cohort goes through
 * `useSelection`, so the selection's text search applies to both. Facets a cohort's own
 * filters use define the cohorts: shown, but not tested. Null until loaded.
 */
export function useCohorts(state: UrlState): { view: CohortsView | null; selection: Selection } {
  const selection = useSelection(state);
  const states = useMemo(
    () => ({
      a: { ...state, filters: cohortFilters(state.filters, state.cohorts.a) },
      b: { ...state, filters: cohortFilters(state.filters, state.cohorts.b) },
    }),
    [state],
  );
  const maskA = useSelection(states.a).masks?.all ?? null;
  const maskB = useSelection(states.b).masks?.all ?? null;
  const selected = selection.masks?.all ?? null;
  const columns = useGroupedColumns().data?.counting ?? null;
  const view = useMemo((): CohortsView | null => {
    if (!columns || !maskA || !maskB || !selected) return null;
    const { a, b } = state.cohorts;
    const definingFacets = FACET_IDS.filter((facet) => a.facets[facet].selected.length > 0 || b.facets[facet].selected.length > 0);
    const comparison = compareCohorts(columns, maskA, maskB, { excludeGaps: state.excludeGaps, definingFacets });
    return { comparison, states, counted: headline(columns, or(maskA, maskB)), selected };
  }, [columns, maskA, maskB, selected, state.excludeGaps, state.cohorts, states]);
  return { view, selection };
}
