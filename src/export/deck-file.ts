import { slugify } from './file-name';
import { readDeckJson } from '../presentation/deck-issues';
import type { DeckReading } from '../presentation/deck-issues';
import type { Deck } from '../presentation/deck-schema';

/** Far above any real deck (a hundred slides is some 100 KB); refusing sooner keeps a wrong file from freezing the tab. */
export const MAX_DECK_FILE_BYTES = 2_000_000;

/** The deck as the file "Export deck" writes: indented JSON, so it reads and diffs well. */
export const deckFileText = (deck: Deck): string => `${JSON.stringify(deck, null, 2)}\n`;

export const deckFileName = (deck: Deck): string => `${slugify(deck.title, 'deck')}.faultline-deck.json`;

/**
 * Reads a chosen file as a deck. Resolves, never rejects: to the deck, or to every
 * reason it was refused, so the reader can fix the file and the current deck is not
 * touched in the meantime.
 */
export async function readDeckFile(file: Blob): Promise<DeckReading> {
  if (file.size > MAX_DECK_FILE_BYTES) {
    return { ok: false, problems: [`it is ${Math.ceil(file.size / 1000)} KB, larger than any deck (at most ${MAX_DECK_FILE_BYTES / 1_000_000} MB)`] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, problems: [`it could not be read (${(error as Error).message})`] };
  }
  return readDeckJson(text);
}
