import { describe, expect, it } from 'vitest';
import { chooseForSlide, isDeckFull, moveSlide, nextSlideId, pinSlide, removeSlide, renameDeck, renameSlide, setSlideNote } from '../../src/presentation/deck-edits';
import { DeckSchema, MAX_NOTE_LENGTH, MAX_SLIDES, MAX_TITLE_LENGTH, emptyDeck } from '../../src/presentation/deck-schema';
import { deckOf, slide, threeSlides, titles } from './deck-fixture';

const pin = { view: '?f.objective=malicious&from=2015&to=2020', chart: { kind: 'facet', facet: 'phase' }, title: 'Phase', build: 'b1' };

describe('pinSlide', () => {
  it('appends the view as a slide with an empty note, the build and the injected time', () => {
    const deck = pinSlide(emptyDeck(), pin, new Date('2024-03-01T10:00:00Z'));
    expect(deck.slides).toEqual([
      { id: 'slide-1', view: pin.view, chart: pin.chart, title: 'Phase', note: '', build: 'b1', pinnedAt: '2024-03-01T10:00:00.000Z' },
    ]);
    expect(DeckSchema.parse(deck)).toEqual(deck);
  });

  it('starts the slide with the note given, cut to the longest a note may be', () => {
    const [pinned] = pinSlide(emptyDeck(), { ...pin, note: 'Say it first.' }).slides;
    expect(pinned.note).toBe('Say it first.');
    const [long] = pinSlide(emptyDeck(), { ...pin, note: 'x'.repeat(MAX_NOTE_LENGTH + 5) }).slides;
    expect(long.note).toHaveLength(MAX_NOTE_LENGTH);
  });

  it('leaves pinnedAt out without a time, and never touches the deck it was given', () => {
    const before = threeSlides();
    const frozen = structuredClone(before);
    const after = pinSlide(before, pin);
    expect(after.slides[3]).not.toHaveProperty('pinnedAt');
    expect(before).toEqual(frozen);
  });

  it('numbers new slides past the highest id in use, ignoring ids of other shapes', () => {
    const deck = deckOf(slide({ id: 'slide-7' }), slide({ id: 'imported' }), slide({ id: 'slide-2' }));
    expect(nextSlideId(deck)).toBe('slide-8');
    expect(nextSlideId(emptyDeck())).toBe('slide-1');
  });

  it('cuts an overlong title to what the schema allows', () => {
    expect(pinSlide(emptyDeck(), { ...pin, title: 'x'.repeat(500) }).slides[0].title).toHaveLength(MAX_TITLE_LENGTH);
  });

  it('returns a full deck unchanged', () => {
    const full = deckOf(...Array.from({ length: MAX_SLIDES }, (_, i) => slide({ id: `slide-${i + 1}` })));
    expect(isDeckFull(full)).toBe(true);
    expect(pinSlide(full, pin)).toBe(full);
  });
});

describe('moveSlide', () => {
  it.each<[string, string, number, string[]]>([
    ['first to last', 'slide-1', 2, ['B', 'C', 'A']],
    ['last to first', 'slide-3', 0, ['C', 'A', 'B']],
    ['one down', 'slide-1', 1, ['B', 'A', 'C']],
    ['one up', 'slide-3', 1, ['A', 'C', 'B']],
    ['past the end, clamped', 'slide-2', 99, ['A', 'C', 'B']],
    ['before the start, clamped', 'slide-2', -5, ['B', 'A', 'C']],
  ])('moves %s', (_name, id, to, expected) => {
    expect(titles(moveSlide(threeSlides(), id, to))).toEqual(expected);
  });

  it('returns the same deck for a move to where the slide is, or of a slide not there', () => {
    const deck = threeSlides();
    expect(moveSlide(deck, 'slide-2', 1)).toBe(deck);
    expect(moveSlide(deck, 'slide-9', 0)).toBe(deck);
  });
});

describe('removeSlide, renameSlide, setSlideNote, renameDeck', () => {
  it('remove only the slide named', () => {
    expect(titles(removeSlide(threeSlides(), 'slide-2'))).toEqual(['A', 'C']);
    const deck = threeSlides();
    expect(removeSlide(deck, 'slide-9')).toBe(deck);
  });

  it('rename and annotate one slide, cutting to the allowed lengths', () => {
    const renamed = renameSlide(threeSlides(), 'slide-2', 'Design faults dominate');
    expect(titles(renamed)).toEqual(['A', 'Design faults dominate', 'C']);
    const noted = setSlideNote(renamed, 'slide-3', 'n'.repeat(MAX_NOTE_LENGTH + 10));
    expect(noted.slides[2].note).toHaveLength(MAX_NOTE_LENGTH);
    expect(noted.slides[0]).toEqual(threeSlides().slides[0]);
  });

  it('leave a deck alone when the slide is gone', () => {
    const deck = threeSlides();
    expect(renameSlide(deck, 'gone', 'x')).toBe(deck);
    expect(setSlideNote(deck, 'gone', 'x')).toBe(deck);
  });

  it('rename the deck', () => {
    expect(renameDeck(emptyDeck(), 'Q3 review').title).toBe('Q3 review');
  });
});

describe('chooseForSlide', () => {
  it('sets what one slide draws, the order of its bars and what it hides, leaving the others alone', () => {
    const deck = threeSlides();
    const next = chooseForSlide(deck, 'slide-2', { chart: { kind: 'facet', facet: 'phase', top: 3 }, view: '?bars=count', hide: ['notes'] });
    expect(next.slides[1]).toEqual({ ...deck.slides[1], chart: { kind: 'facet', facet: 'phase', top: 3 }, view: '?bars=count', hide: ['notes'] });
    expect([next.slides[0], next.slides[2]]).toEqual([deck.slides[0], deck.slides[2]]);
    expect(deck.slides[1].hide).toBeUndefined();
    expect(DeckSchema.parse(next)).toEqual(next);
  });

  it('drops the hidden parts when the slide hides nothing, as a slide pinned before', () => {
    const hiding = chooseForSlide(threeSlides(), 'slide-1', { hide: ['statistics'] });
    const shown = chooseForSlide(hiding, 'slide-1', { hide: [] });
    expect(shown.slides[0]).toEqual(threeSlides().slides[0]);
    expect(Object.keys(shown.slides[0])).not.toContain('hide');
  });

  it('refuses a choice no slide can hold, and a slide that is gone', () => {
    const deck = threeSlides();
    expect(chooseForSlide(deck, 'slide-1', { chart: { kind: 'facet', facet: 'phase', top: 0 } })).toBe(deck);
    expect(chooseForSlide(deck, 'slide-1', { chart: { kind: 'cohorts', facets: [] } })).toBe(deck);
    expect(chooseForSlide(deck, 'slide-1', { view: 'https://evil.example/' })).toBe(deck);
    expect(chooseForSlide(deck, 'slide-9', { hide: ['notes'] })).toBe(deck);
  });
});
