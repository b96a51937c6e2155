// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDeck } from '../../src/presentation/deck-schema';
import { DECK_STORAGE_KEY, loadRawDeck, readStoredDeck, saveRawDeck } from '../../src/presentation/deck-storage';
import { updateDeck } from '../../src/presentation/use-deck';
import { pinSlide } from '../../src/presentation/deck-edits';
import { threeSlides } from './deck-fixture';

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('readStoredDeck', () => {
  it('reads nothing stored as an empty deck, without a notice', () => {
    expect(readStoredDeck(null)).toEqual({ deck: emptyDeck(), notice: null });
  });

  it('reads a stored deck as it was saved', () => {
    const deck = threeSlides();
    expect(readStoredDeck(JSON.stringify(deck))).toEqual({ deck, notice: null });
  });

  it.each<[string, string, string]>([
    ['text that is not JSON', '{"version":1,', 'not JSON'],
    ['JSON of the wrong shape', '[1,2,3]', 'expected object'],
    ['a deck with a broken slide', JSON.stringify({ ...threeSlides(), slides: [{ id: 'x' }] }), 'slide 1 view'],
    ['a deck from a future version', JSON.stringify({ ...threeSlides(), version: 9 }), 'version'],
  ])('sets aside %s: an empty deck and a notice saying why, never a throw', (_name, raw, reason) => {
    const { deck, notice } = readStoredDeck(raw);
    expect(deck).toEqual(emptyDeck());
    expect(notice).toMatch(/^The saved deck could not be read/);
    expect(notice).toContain(reason);
  });
});

describe('saving the deck', () => {
  it('round-trips through localStorage under faultline.deck', () => {
    expect(saveRawDeck(threeSlides())).toBeNull();
    expect(JSON.parse(window.localStorage.getItem(DECK_STORAGE_KEY) ?? '')).toEqual(threeSlides());
    expect(readStoredDeck(loadRawDeck()).deck).toEqual(threeSlides());
  });

  it('says why when the browser refuses to store, and changes nothing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(saveRawDeck(threeSlides())).toMatch(/would not store the deck \(The quota has been exceeded\.\)/);
    expect(loadRawDeck()).toBeNull();
  });

  it('builds an edit on the stored deck, replacing a damaged copy', () => {
    window.localStorage.setItem(DECK_STORAGE_KEY, 'not json');
    expect(updateDeck((deck) => pinSlide(deck, { view: '', chart: { kind: 'cohorts' }, title: 'Years', build: 'b' }))).toBeNull();
    expect(readStoredDeck(loadRawDeck()).deck.slides.map((s) => s.title)).toEqual(['Years']);
  });
});
