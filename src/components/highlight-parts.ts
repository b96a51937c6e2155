import { beginsWithWord, startsWordAt } from '../domain/search-words';

/** A run of text, and whether it is part of a search match. */
export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * `text` cut into alternating runs, every case-insensitive occurrence of any term that
 * starts a word marked, as search matches them: "pilot" marks "pilot" and "pilots", not
 * the end of "autopilot". A term starting with punctuation ("#1") marks wherever it occurs.
 * Overlapping and touching occurrences merge into one run, and joining the runs gives
 * `text` back unchanged. `terms` must already be lowercased, as `queryTerms` gives them.
 * The few characters whose lowercase is longer (`İ`) would shift every position after
 * them, so such text is returned unmarked rather than marked in the wrong place.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [{ text, match: false }];
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    if (term === '') continue;
    const anywhere = !beginsWithWord(term);
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      if (anywhere || startsWordAt(lower, at)) marked.fill(1, at, at + term.length);
    }
  }
  const parts: TextPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      parts.push({ text: text.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return parts;
}
