/**
 * How text is cut into words for full-text search, the one rule the prebuild's index
 * and the app's queries share: NFKC (so "ﬁ" and full-width letters read as plain ones),
 * lowercase, then runs of letters, combining marks and digits. Marks belong to the
 * word so that scripts written with them (Devanagari, Thai) are not cut mid-word.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** One character of a word, as `searchWords` reads them. */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

export function searchWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/**
 * Whether a word of a row matches one word of a query: it starts with it, whatever its
 * length ("auth" finds "authentication", "crypt" does not find "encryption"). So the
 * words a query word matches are one run of the sorted dictionary, and the index reads
 * one stretch of it for each.
 */
export const wordMatches = (word: string, part: string): boolean => word.startsWith(part);

/** The character ending just before `at` of `text`, a surrogate pair whole. */
function characterBefore(text: string, at: number): string {
  const unit = text.charCodeAt(at - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1];
}

/** Whether position `at` of `text` is where a word starts: no character of a word comes right before it. */
export const startsWordAt = (text: string, at: number): boolean => at === 0 || !WORD_CHARACTER.test(characterBefore(text, at));

/** Whether `text` begins with a character of a word (a term such as "#1" or "(ddos" does not). */
export const beginsWithWord = (text: string): boolean => text !== '' && WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(0)!));

/**
 * The words every query term asks for, flattened and without repeats: each must match
 * some word of a row. "e-mail" asks for "e" and "mail"; a term of punctuation alone
 * asks for nothing.
 */
export function queryParts(terms: readonly string[]): string[] {
  return [...new Set(terms.flatMap(searchWords))];
}

/**
 * A word split off a term shorter than this is not marked on its own: the "e" of
 * "e-mail" would mark the start of countless words the search did not look for.
 */
const MARKED_PART_LENGTH = 3;

/**
 * What to mark in text a search led to: each term as typed, and each word of a term
 * split into several ("mail" of "e-mail", which matches "email" too) that is long enough
 * to mean something on its own.
 */
export function markedTerms(terms: readonly string[]): string[] {
  const words = queryParts(terms).filter((part) => [...part].length >= MARKED_PART_LENGTH);
  return [...new Set([...terms, ...words])];
}
