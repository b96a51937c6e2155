import { useMemo, useSyncExternalStore } from 'react';
import { isDeckFull, pinSlide } from './deck-edits';
import type { PinInput } from './deck-edits';
import type { Deck } from './deck-schema';
import { DECK_STORAGE_KEY, loadRawDeck, readStoredDeck, saveRawDeck } from './deck-storage';

/** localStorage fires `storage` only in other tabs, so saves in this one notify subscribers themselves. */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === DECK_STORAGE_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * Applies `edit` to the stored deck and saves the result. The deck is read afresh, so an
 * edit made in another tab a moment ago is built on, not overwritten. Returns null on
 * success, or why the deck could not be saved.
 */
export function updateDeck(edit: (deck: Deck) => Deck): string | null {
  const { deck } = readStoredDeck(loadRawDeck());
  const next = edit(deck);
  if (next === deck) return null;
  const error = saveRawDeck(next);
  for (const listener of listeners) listener();
  return error;
}

/** How a pin ended: where the slide landed, a full deck, or why the deck could not be saved. */
export type PinOutcome = { readonly kind: 'pinned'; readonly position: number } | { readonly kind: 'full' } | { readonly kind: 'error'; readonly message: string };

/** Appends a slide to the stored deck (`pinSlide`) and says how that ended. */
export function pinToDeck(input: PinInput, now: Date): PinOutcome {
  let position = 0;
  const error = updateDeck((deck) => {
    if (isDeckFull(deck)) return deck;
    const next = pinSlide(deck, input, now);
    position = next.slides.length;
    return next;
  });
  if (error !== null) return { kind: 'error', message: error };
  return position === 0 ? { kind: 'full' } : { kind: 'pinned', position };
}

export interface DeckHandle {
  readonly deck: Deck;
  /** Why the stored deck was set aside; null when it was read as it is. */
  readonly notice: string | null;
  readonly update: typeof updateDeck;
}

/**
 * The reader's deck. The stored string is the only copy: every component reads the same
 * value and re-parses it only when it changes, so the header count, the deck page and
 * present mode can never disagree, including across tabs.
 */
export function useDeck(): DeckHandle {
  const raw = useSyncExternalStore(subscribe, loadRawDeck, () => null);
  const { deck, notice } = useMemo(() => readStoredDeck(raw), [raw]);
  return { deck, notice, update: updateDeck };
}
