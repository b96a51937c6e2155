import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import type { Filters } from '../../src/analysis/filters';
import { hasBit } from '../../src/analysis/bitset';
import { FACET_IDS, UNKNOWN } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import type { FixtureRow } from './index-fixture';

/**
 * The filter rules read straight off the dashboard's description, one row at a time,
 * with no bitsets: the reference the bitset selection is checked against.
 */
function rowMatches(row: FixtureRow, index: number, filters: Filters, ignoredFacet: FacetId | null): boolean {
  if (filters.kind !== 'both' && (row.kind ?? 'report') !== filters.kind) return false;
  const { from, to } = filters.years;
  if (from !== null || to !== null) {
    const published = row.published ?? null;
    if (published === null) return false;
    const year = Math.floor(published / 10000);
    if ((from !== null && year < from) || (to !== null && year > to)) return false;
  }
  if (filters.search !== null && !hasBit(filters.search, index)) return false;
  return FACET_IDS.every((facet) => {
    const { selected, matchAll } = filters.facets[facet];
    if (facet === ignoredFacet || selected.length === 0) return true;
    const options = row.facets?.[facet] ?? [];
    const has = (option: string): boolean =>
      option === NOT_ANALYSED ? options.length === 0 : options.includes(option);
    return matchAll ? selected.every(has) : selected.some(has);
  });
}

/** Rows passing every filter, or every filter but `ignoredFacet`'s, in index order. */
export function naiveSelection(
  rows: readonly FixtureRow[],
  filters: Filters,
  ignoredFacet: FacetId | null = null,
): number[] {
  return rows.flatMap((row, index) => (rowMatches(row, index, filters, ignoredFacet) ? [index] : []));
}

/** Per option, and for the two gaps, how many of `selected` fall in it. */
export function naiveCounts(
  rows: readonly FixtureRow[],
  selected: readonly number[],
  facet: FacetId,
  options: readonly string[],
): { counts: number[]; notAnalysed: number; unknownOnly: number } {
  const lists = selected.map((index) => rows[index].facets?.[facet] ?? []);
  return {
    counts: options.map((option) => lists.filter((list) => list.includes(option)).length),
    notAnalysed: lists.filter((list) => list.length === 0).length,
    unknownOnly: lists.filter((list) => list.length > 0 && list.every((option) => option === UNKNOWN)).length,
  };
}
