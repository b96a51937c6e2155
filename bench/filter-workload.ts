/**
 * The filter-and-count work every analysis benchmark times, defined once so Faultline and
 * the libraries it is compared with do exactly the same thing: on the same synthetic
 * 100,000-incident index, filter phase = design and boundary = outside_system, then
 * count every option of every facet over all filters but the facet's own.
 */
import { facetPanels } from '../src/analysis/facet-counts';
import { emptyFilters } from '../src/analysis/filters';
import type { Filters } from '../src/analysis/filters';
import type { PreparedColumns } from '../src/analysis/prepared-columns';
import { crossFilterMasks } from '../src/analysis/selection-masks';
import type { FacetPanel } from '../src/analysis/facet-counts';
import { FACET_IDS } from '../src/domain/taxonomy';
import type { FacetId } from '../src/domain/taxonomy';

export const WORKLOAD_SIZE = 100_000;
export const WORKLOAD_SEED = 20240101;

/** Each filtered facet with the one option it keeps. */
export const FILTERED_OPTIONS: readonly (readonly [FacetId, string])[] = [
  ['phase', 'design'],
  ['boundary', 'outside_system'],
];

/**
 * Per facet, the number of counted incidents having each option, in the index
 * dictionary's order (`FacetColumn.options`). An incident counts once under each of its
 * options, as multi-valued facets do everywhere in the dashboard.
 */
export type OptionCounts = Readonly<Record<FacetId, readonly number[]>>;

export function workloadFilters(): Filters {
  const empty = emptyFilters();
  const facets = { ...empty.facets };
  for (const [facet, option] of FILTERED_OPTIONS) facets[facet] = { selected: [option], matchAll: false };
  return { ...empty, facets };
}

/** Faultline's timed work: the dashboard's cross-filter masks, then every facet panel. */
export function faultlinePanels(columns: PreparedColumns, filters: Filters): Record<FacetId, FacetPanel> {
  return facetPanels(columns, crossFilterMasks(columns, filters), false);
}

/** The first facet whose counts differ, described, or null when all are identical. */
export function countsDifference(expected: OptionCounts, actual: OptionCounts): string | null {
  for (const facet of FACET_IDS) {
    const want = expected[facet];
    const got = actual[facet];
    if (got.length !== want.length || got.some((count, k) => count !== want[k])) {
      return `${facet}: expected [${want.join(', ')}], got [${got.join(', ')}]`;
    }
  }
  return null;
}
