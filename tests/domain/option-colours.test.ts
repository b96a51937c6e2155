import { describe, expect, it } from 'vitest';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { NOT_ANALYSED_COLOUR, PALETTE_SIZE, UNKNOWN_COLOUR, optionColour } from '../../src/domain/option-colours';
import { FACETS, FACET_IDS } from '../../src/domain/taxonomy';

describe('optionColour', () => {
  it.each(FACET_IDS)('gives every vocabulary option of %s its own palette colour, in vocabulary order', (facet) => {
    const colours = FACETS[facet].options.map((o) => optionColour(facet, o.id));
    expect(colours).toEqual(FACETS[facet].options.map((_, i) => `var(--cat-${i + 1})`));
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('has room for the longest facet', () => {
    expect(Math.max(...FACET_IDS.map((facet) => FACETS[facet].options.length))).toBeLessThanOrEqual(PALETTE_SIZE);
  });

  it('draws the gaps in greys that are not palette colours', () => {
    expect(optionColour('phase', 'unknown')).toBe(UNKNOWN_COLOUR);
    expect(optionColour('domain', NOT_ANALYSED)).toBe(NOT_ANALYSED_COLOUR);
    expect(optionColour('domain', '__none__')).not.toBe(NOT_ANALYSED_COLOUR);
    expect(UNKNOWN_COLOUR).not.toBe(NOT_ANALYSED_COLOUR);
  });

  it('gives an option outside the vocabulary a stable palette colour', () => {
    const colour = optionColour('phase', 'desgin');
    expect(colour).toMatch(/^var\(--cat-(\d|1[0-3])\)$/);
    expect(optionColour('phase', 'desgin')).toBe(colour);
  });
});
