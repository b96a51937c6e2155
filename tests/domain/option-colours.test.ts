import { describe, expect, it } from 'vitest';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { NOT_ANALYSED_COLOUR, PALETTE_SIZE, UNKNOWN_COLOUR, facetColours, fixedColour } from '../../src/domain/option-colours';
import { FACETS, FACET_IDS, UNKNOWN } from '../../src/domain/taxonomy';

const vocabulary = (facet: (typeof FACET_IDS)[number]) => FACETS[facet].options.map((o) => o.id);

describe('fixedColour', () => {
  it.each(FACET_IDS)('gives every vocabulary option of %s its own palette colour, in vocabulary order', (facet) => {
    const colours = vocabulary(facet).map((option) => fixedColour(facet, option));
    expect(colours).toEqual(FACETS[facet].options.map((_, i) => `var(--cat-${i + 1})`));
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('has room for the longest facet', () => {
    expect(Math.max(...FACET_IDS.map((facet) => FACETS[facet].options.length))).toBeLessThanOrEqual(PALETTE_SIZE);
  });

  it('draws the gaps in greys that are not palette colours', () => {
    expect(fixedColour('phase', UNKNOWN)).toBe(UNKNOWN_COLOUR);
    expect(fixedColour('domain', NOT_ANALYSED)).toBe(NOT_ANALYSED_COLOUR);
    expect(UNKNOWN_COLOUR).not.toBe(NOT_ANALYSED_COLOUR);
  });

  it('leaves an option outside the vocabulary to the facet’s other options', () => {
    expect(fixedColour('phase', 'desgin')).toBeNull();
  });
});

describe('facetColours', () => {
  const extras = ['maintenance', 'rollout', 'warp_drive', 'review', 'migration', 'testing', 'deployment', 'config_push', 'staging', 'canary', 'hotfix'];

  it('keeps the fixed colours of the vocabulary and the gaps', () => {
    const colourOf = facetColours('phase', [...vocabulary('phase'), UNKNOWN, ...extras]);
    for (const option of [...vocabulary('phase'), UNKNOWN, NOT_ANALYSED]) expect(colourOf(option)).toBe(fixedColour('phase', option));
  });

  it('gives every option of a facet a colour of its own while the palette has room', () => {
    const options = [...vocabulary('phase'), ...extras];
    expect(options).toHaveLength(PALETTE_SIZE);
    const colourOf = facetColours('phase', [...options, UNKNOWN]);
    expect(new Set(options.map(colourOf)).size).toBe(PALETTE_SIZE);
    for (const option of extras) expect(colourOf(option)).toMatch(/^var\(--cat-(\d|1[0-3])\)$/);
  });

  it('gives the same colours whatever order the options come in', () => {
    const options = [...vocabulary('phase'), UNKNOWN, ...extras];
    const forward = facetColours('phase', options);
    const backward = facetColours('phase', [...options].reverse());
    for (const option of options) expect(backward(option)).toBe(forward(option));
  });

  it('repeats palette colours only past the palette, leaving the vocabulary its own', () => {
    const many = Array.from({ length: 20 }, (_, i) => `custom_${i}`);
    const colourOf = facetColours('domain', [...vocabulary('domain'), UNKNOWN, ...many]);
    expect(vocabulary('domain').map(colourOf)).toEqual(vocabulary('domain').map((option) => fixedColour('domain', option)));
    for (const option of many) expect(colourOf(option)).toMatch(/^var\(--cat-(\d|1[0-3])\)$/);
  });
});
