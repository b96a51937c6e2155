import { NOT_ANALYSED } from './gap-keys';
import { byCodeUnits } from './code-unit-order';
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

/** Where an option outside the vocabulary starts looking for a slot: the same text always hashes alike. */
function hashSlot(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) >>> 0;
  return hash % PALETTE_SIZE;
}

/**
 * The colour of a vocabulary option, of `unknown` (a neutral grey) or of "not analysed"
 * (`NOT_ANALYSED`, a lighter grey that views also hatch), as a CSS colour (`var(--cat-N)`),
 * usable as a CSS value and as an SVG `fill`. It depends only on the vocabulary, so such
 * an option keeps its colour across filters, views and builds. Null for an option outside
 * the vocabulary, whose colour depends on the facet's other options (`facetColours`).
 */
export function fixedColour(facet: FacetId, option: string): string | null {
  if (option === UNKNOWN) return UNKNOWN_COLOUR;
  if (option === NOT_ANALYSED) return NOT_ANALYSED_COLOUR;
  const position = FACETS[facet].options.findIndex((o) => o.id === option);
  return position === -1 ? null : paletteColour(position);
}

/**
 * The colour of each option of one facet, given every option the views draw for it
 * (`options`: the dataset's dictionary, a grouped line included). Vocabulary options and
 * the gaps keep their `fixedColour`. Options outside the vocabulary, in code-unit order,
 * each take the first slot from their hashed one on that no other option of the facet
 * holds: while the palette has room, no two options of a facet share a colour, so a
 * stack, a legend or a chip tells them apart. The colours depend on the dataset alone,
 * never on a filter, so every view draws an option alike. Past the palette's thirteen,
 * colours repeat, and lines keep their markers apart.
 */
export function facetColours(facet: FacetId, options: readonly string[]): (option: string) => string {
  const taken = new Set(FACETS[facet].options.map((_, position) => position % PALETTE_SIZE));
  const slots = new Map<string, number>();
  for (const option of options.filter((o) => fixedColour(facet, o) === null).sort(byCodeUnits)) {
    const start = hashSlot(option);
    let slot = start;
    for (let step = 1; taken.has(slot) && step < PALETTE_SIZE; step++) slot = (start + step) % PALETTE_SIZE;
    if (taken.has(slot)) slot = start;
    taken.add(slot);
    slots.set(option, slot);
  }
  return (option) => fixedColour(facet, option) ?? paletteColour(slots.get(option) ?? hashSlot(option));
}
