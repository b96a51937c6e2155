import type { DifferenceGroup, DifferenceRow } from './difference-types';

/**
 * The `limit` largest differences over `groups`, each option named with its facet: what
 * a slide and an image have room for. Groups of the facets that define the cohorts are
 * left for the caller to leave out: their differences are the definition, not a finding.
 */
export function largestDifferences(groups: readonly DifferenceGroup[], limit: number): DifferenceRow[] {
  return groups
    .flatMap((group) => group.rows.map((row) => ({ ...row, key: `${group.key}:${row.key}`, label: `${group.name}: ${row.label}` })))
    .sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference))
    .slice(0, limit);
}
