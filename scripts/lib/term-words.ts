import { STOP_WORDS } from './stop-words';

/** A word: letters and digits, joined inside by apostrophes or hyphens ("self-driving", "covid-19", "isn't"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const DIGITS_ONLY = /^[\d-]+$/;
const PLURAL_OF_ES = /(?:ss|x|z|ch|sh)es$/;
/** Plurals that are no plural of a shorter word, and singulars that only look like plurals. */
const KEEP = new Set(['always', 'series', 'species', 'analysis', 'alias', 'canvas', 'chassis', 'gas', 'lens', 'status', 'virus', 'bus', 'campus', 'bonus', 'corpus', 'census']);

/**
 * Folds English plurals so "breach" and "breaches", "vulnerability" and
 * "vulnerabilities" are one term; nothing more, so a stem stays a word a reader knows.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || KEEP.has(word) || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (PLURAL_OF_ES.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The term a word (lowercase, as `scanWords` gives it) counts as, or null for a word that
 * names nothing: a stop word, a number, a single letter.
 */
export function termOfWord(word: string): string | null {
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  const stem = stemWord(bare);
  return bare.length < 2 || STOP_WORDS.has(bare) || STOP_WORDS.has(stem) || DIGITS_ONLY.test(bare) ? null : stem;
}

/** Only spaces and tabs: a line break, punctuation or a quote between two words ends a phrase. */
function isPlainGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * Calls `visit` for every word of `text` in order, lowercase with its apostrophes
 * straightened, and whether only spaces separate it from the word before.
 */
export function scanWords(text: string, visit: (word: string, follows: boolean) => void): void {
  const lower = text.toLowerCase();
  const curly = lower.includes('’');
  let end = -1;
  for (const match of lower.matchAll(WORD)) {
    const start = match.index;
    const follows = end >= 0 && isPlainGap(lower, end, start);
    end = start + match[0].length;
    visit(curly ? match[0].replaceAll('’', "'") : match[0], follows);
  }
}
