import { NOT_ANALYSED } from '../../analysis/filters';
import { FACETS, UNKNOWN } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';

/**
 * How an option is written on charts and chips: the vocabulary label ("outside system"),
 * "unknown", "not analysed" for the empty facet, or an option outside the vocabulary
 * exactly as the report wrote it.
 */
export function optionLabel(facet: FacetId, option: string): string {
  if (option === NOT_ANALYSED) return 'not analysed';
  if (option === UNKNOWN) return UNKNOWN;
  return FACETS[facet].options.find((o) => o.id === option)?.label ?? option;
}

/**
 * How an option is named where its incidents are counted (bars, series, tables and their
 * exports): as `optionLabel`, except that `unknown` is "any unknown", since it counts
 * every incident having it, also beside another option, where "only unknown" counts
 * those it is the one answer of.
 */
export const barLabel = (facet: FacetId, option: string): string => (option === UNKNOWN ? 'any unknown' : optionLabel(facet, option));
