import { DECK_VERSION } from '../../src/presentation/deck-schema';
import type { Deck, Slide } from '../../src/presentation/deck-schema';

/** A slide of the Phase panel with nothing filtered, overridable field by field. */
export function slide(overrides: Partial<Slide> = {}): Slide {
  return {
    id: 'slide-1',
    view: '',
    chart: { kind: 'facet', facet: 'phase' },
    title: 'Phase',
    note: '',
    build: 'abc123def4567890',
    ...overrides,
  };
}

/** A deck of the given slides, titled "Findings". */
export const deckOf = (...slides: Slide[]): Deck => ({ version: DECK_VERSION, title: 'Findings', slides });

/** Three slides with ids slide-1..3 and titles A, B, C. */
export const threeSlides = (): Deck =>
  deckOf(slide({ id: 'slide-1', title: 'A' }), slide({ id: 'slide-2', title: 'B' }), slide({ id: 'slide-3', title: 'C' }));

export const titles = (deck: Deck): string[] => deck.slides.map((s) => s.title);
