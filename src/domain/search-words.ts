/**
 * How text is cut into words for full-text search, the one rule the prebuild's index
 * and the app's queries share: NFKC (so "ﬁ" and full-width letters read as plain ones),
 * lowercase, then runs of letters, combining marks and digits. Marks belong to the
 * word so that scripts written with them (Devanagari, Thai) are not cut mid-word.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** One character of a word, as `searchWords` reads them. */
export const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

export function searchWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/**
 * A term of at most this many characters matches the words starting with it; a longer
 * one matches the words containing it. One or two letters occur inside nearly every
 * word, so as a substring they would select the whole dataset on the first keystroke.
 */
export const PREFIX_TERM_LENGTH = 2;

/** Whether `part` (one word of a query term) is matched as a prefix rather than a substring. */
export const isPrefixPart = (part: string): boolean => [...part].length <= PREFIX_TERM_LENGTH;

/** Whether a word of a row matches one word of a query term. */
export const wordMatches = (word: string, part: string): boolean => (isPrefixPart(part) ? word.startsWith(part) : word.includes(part));

/**
 * The words every query term asks for, flattened and without repeats: each must match
 * some word of a row. "e-mail" asks for "e" and "mail"; a term of punctuation alone
 * asks for nothing.
 */
export function queryParts(terms: readonly string[]): string[] {
  return [...new Set(terms.flatMap(searchWords))];
}

/**
 * What to mark in text a search led to: each term as typed, and each word of a term
 * split into several ("mail" of "e-mail", which matches "email" too) that is long enough
 * to mean something on its own.
 */
export function markedTerms(terms: readonly string[]): string[] {
  const words = queryParts(terms).filter((part) => !isPrefixPart(part));
  return [...new Set([...terms, ...words])];
}
