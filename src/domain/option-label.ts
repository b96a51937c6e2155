import { NOT_ANALYSED } from './gap-keys';
import { withoutBidiControls } from './bidi-controls';
import { groupLabel, groupSize } from './option-group-keys';
import { FACETS, UNKNOWN } from './taxonomy';
import type { FacetId } from './taxonomy';

/**
 * How an option is written on charts and chips: the vocabulary label ("outside system"),
 * "unknown", "not analysed" for the empty facet, "4,980 rarer options" for the line
 * grouping a facet's rarest options, or an option outside the vocabulary as the report
 * wrote it, less any explicit bidi control (which would turn the label's line around).
 */
export function optionLabel(facet: FacetId, option: string): string {
  if (option === NOT_ANALYSED) return 'not analysed';
  const grouped = groupSize(option);
  if (grouped !== null) return groupLabel(grouped);
  if (option === UNKNOWN) return UNKNOWN;
  return FACETS[facet].options.find((o) => o.id === option)?.label ?? withoutBidiControls(option);
}

/**
 * How an option is named where its incidents are counted (bars, series, tables and their
 * exports): as `optionLabel`, except that `unknown` is "any unknown", since it counts
 * every incident having it, also beside another option, where "only unknown" counts
 * those it is the one answer of.
 */
export const barLabel = (facet: FacetId, option: string): string => (option === UNKNOWN ? 'any unknown' : optionLabel(facet, option));
