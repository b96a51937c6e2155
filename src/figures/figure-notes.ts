import { SMALL_SAMPLE } from '../analysis/sample-size';
import { formatCount } from '../components/format-count';
import { FACETS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { optionLabel } from '../domain/option-label';
import type { FigureInput } from '../state/figure-input';

/** Said by every chart of a facet whose rarer options are grouped into one line. */
export function optionGroupNote(input: FigureInput, facet: FacetId): string | null {
  const group = input.groups[facet];
  if (group === undefined) return null;
  return `${FACETS[facet].name}: “${optionLabel(facet, group.key)}” counts each incident having at least one of ${formatCount(group.options.length)} options outside the taxonomy once, so it is not the sum of their counts. They are the options with the fewest incidents in the whole dataset.`;
}

/** The warning a share of a small N carries, or null when N is large enough. */
export function smallSampleWarning(n: number, what = 'N'): string | null {
  if (n === 0 || n >= SMALL_SAMPLE) return null;
  return `Small sample: ${what} = ${formatCount(n)}, so one incident moves a share by ${Math.round(100 / n)} points.`;
}

/** Said of every chart of a facet's options: an incident counts under each option it has. */
export const MULTI_VALUED_NOTE = 'Multi-valued: an incident counts under each option it has, so shares can sum past 100%.';

/** Said by a chart counted over the selection without its own facet's filter. */
export const OWN_FILTER_NOTE = 'Counted without this chart’s own filter, so its other options stay visible.';
