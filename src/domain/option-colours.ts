import { NOT_ANALYSED } from './gap-keys';
import { FACETS, UNKNOWN } from './taxonomy';
import type { FacetId } from './taxonomy';

/**
 * The categorical palette, defined as CSS variables in `styles/tokens.css`: the seven
 * Okabe-Ito colours first (distinguishable with every common colour-vision deficiency),
 * then six Tableau-like ones for the long facets. Domain has thirteen options, so every
 * vocabulary option of every facet gets a colour of its own within its facet.
 */
export const PALETTE_SIZE = 13;

export const UNKNOWN_COLOUR = 'var(--colour-unknown)';
export const NOT_ANALYSED_COLOUR = 'var(--colour-not-analysed)';

const paletteColour = (slot: number): string => `var(--cat-${(slot % PALETTE_SIZE) + 1})`;

/** A stable slot for an option outside the vocabulary: the same text always hashes alike. */
function hashSlot(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) >>> 0;
  return hash % PALETTE_SIZE;
}

/**
 * The colour an option is drawn in, as a CSS colour (`var(--cat-N)`), usable as a CSS
 * value and as an SVG `fill`. Depends only on the facet's vocabulary, never on the data,
 * so an option keeps its colour across filters and builds. `unknown` is a neutral grey and
 * "not analysed" (`NOT_ANALYSED`) a lighter grey that views also hatch.
 */
export function optionColour(facet: FacetId, option: string): string {
  if (option === UNKNOWN) return UNKNOWN_COLOUR;
  if (option === NOT_ANALYSED) return NOT_ANALYSED_COLOUR;
  const position = FACETS[facet].options.findIndex((o) => o.id === option);
  return paletteColour(position === -1 ? hashSlot(option) : position);
}
