/**
 * The reader's own deck lives in localStorage under one key. Reading is validated: a
 * value damaged by hand, by an old version or by a full disk gives an empty deck and a
 * notice saying so, never a crash. A write the browser refuses (storage disabled or
 * full) is reported to the reader, not swallowed.
 */
import { readDeckJson } from './deck-issues';
import { emptyDeck } from './deck-schema';
import type { Deck } from './deck-schema';

export const DECK_STORAGE_KEY = 'faultline.deck';

/** The stored deck and, when the stored value could not be used, why. */
export interface StoredDeck {
  readonly deck: Deck;
  readonly notice: string | null;
}

/** Interprets the raw stored value: nothing stored is an empty deck without a notice. */
export function readStoredDeck(raw: string | null): StoredDeck {
  if (raw === null) return { deck: emptyDeck(), notice: null };
  const reading = readDeckJson(raw);
  if (reading.ok) return { deck: reading.deck, notice: null };
  return {
    deck: emptyDeck(),
    notice: `The saved deck could not be read (${reading.problems.join('; ')}), so an empty deck is shown. Pinning or importing replaces the damaged copy.`,
  };
}

function browserStorage(): Storage {
  const storage = window.localStorage;
  if (storage === null || storage === undefined) throw new Error('storage is disabled');
  return storage;
}

/** The raw stored value; null when nothing is stored or storage cannot be read. */
export function loadRawDeck(): string | null {
  try {
    return browserStorage().getItem(DECK_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Stores the deck; null on success, or what went wrong in words. A refused write
 * changes nothing, so what the reader sees is always what is stored.
 */
export function saveRawDeck(deck: Deck): string | null {
  try {
    browserStorage().setItem(DECK_STORAGE_KEY, JSON.stringify(deck));
    return null;
  } catch (error) {
    return `The browser would not store the deck (${(error as Error).message || 'storage refused'}). Export it to keep a copy.`;
  }
}
