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

/**
 * Said by every figure while possible duplicates wait for review: a report filed many
 * times under other titles counts once per copy, and no figure can tell. `copies` is how
 * many incidents merging every pair would remove. Null when there is none.
 */
export function possibleCopiesWarning(copies: number): string | null {
  if (copies === 0) return null;
  return copies === 1
    ? 'Up to 1 incident may be a copy of another: a possible duplicate not yet reviewed, counted as an incident in every figure.'
    : `Up to ${formatCount(copies)} incidents may be copies of others: possible duplicates not yet reviewed, each copy counted as an incident in every figure.`;
}

/** Said of every chart of a facet's options: an incident counts under each option it has. */
export const MULTI_VALUED_NOTE = 'Multi-valued: an incident counts under each option it has, so shares can sum past 100%.';

/** Said by a chart counted over the selection without its own facet's filter. */
export const OWN_FILTER_NOTE = 'Counted without this chart’s own filter, so its other options stay visible.';

/** Periods named in a warning before the rest are only counted, so a monthly chart's warning stays one line. */
const NAMED_PERIODS = 6;

/**
 * The warning of a chart over periods, some of which rest on few incidents: which ones
 * (hatched on the chart) and how far one incident moves a share there. Null when none.
 */
export function lowNPeriodsWarning(labels: readonly string[], threshold: number, shares: boolean): string | null {
  if (labels.length === 0) return null;
  const named = labels.length <= NAMED_PERIODS ? labels.join(', ') : `${labels.slice(0, NAMED_PERIODS).join(', ')} and ${formatCount(labels.length - NAMED_PERIODS)} more`;
  const swing = shares ? `: one incident moves a share there by ${Math.round(100 / threshold)} points or more` : '';
  return `Few incidents: ${formatCount(labels.length)} ${labels.length === 1 ? 'period has' : 'periods have'} fewer than ${formatCount(threshold)} (hatched)${swing}. ${named}.`;
}

/** The warning of a chart over periods when some incidents have no publication date. Null when all are dated. */
export function undatedWarning(undated: number, of: number): string | null {
  if (undated === 0) return null;
  const which = undated < of ? `${formatCount(undated)} of the ${formatCount(of)} incidents` : of === 1 ? 'The 1 incident' : `All ${formatCount(of)} incidents`;
  return `${which} ${undated === 1 ? 'has' : 'have'} no publication date, so ${undated === 1 ? 'it is' : 'they are'} left out of every period.`;
}
