import type { FacetTally } from '../../analysis/facet-counts';
import { formatCount } from '../../components/format-count';

/**
 * The panel's denominator in words. With gaps excluded it also says how many incidents
 * that left out and why, so a smaller N never looks like fewer incidents.
 */
export function sampleText(tally: FacetTally, excludeGaps: boolean): string {
  const n = `N = ${formatCount(tally.n)}`;
  if (!excludeGaps) return n;
  const leftOut = tally.selected - tally.n;
  if (leftOut === 0) return `${n}, none left out`;
  const why = `${formatCount(tally.notAnalysed)} not analysed, ${formatCount(tally.unknownOnly)} only unknown`;
  return `${n}, ${formatCount(leftOut)} left out (${why})`;
}
