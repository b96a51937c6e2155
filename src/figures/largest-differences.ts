import type { DifferenceGroup } from './difference-types';
import { formatCount } from '../components/format-count';
import { differenceGroups } from './difference-groups';
import type { CohortsView } from '../views/cohorts/use-cohorts';

/**
 * The `limit` largest differences over every facet as one group, each option named with
 * its facet: what a slide has room for.
 */
export function largestDifferences(view: CohortsView, limit: number): DifferenceGroup {
  const rows = differenceGroups(view.comparison, view.states)
    .flatMap((group) => group.rows.map((row) => ({ ...row, key: `${group.key}:${row.key}`, label: `${group.name}: ${row.label}` })))
    .sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference))
    .slice(0, limit);
  return { key: 'largest', name: 'Largest differences', title: `The ${rows.length} largest differences (N: A ${formatCount(view.comparison.sizeA)}, B ${formatCount(view.comparison.sizeB)})`, rows };
}
