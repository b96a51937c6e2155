import type { IncidentDraft } from '../../src/domain/schema';
import { FACET_IDS, IOT_LAYER_IDS, POSTMORTEM_FIELD_IDS } from '../../src/domain/taxonomy';
import { stripCitations } from './text';

/** Words per shingle: long enough that shared shingles mean shared sentences, not shared phrases. */
export const SHINGLE_WORDS = 5;
/**
 * A shingle is kept in an incident's fingerprint when its hash is a multiple of this.
 * Sampling by value (not by position) keeps the same shingles of every text holding
 * them, so the sample of a truncated copy is a subset of its original's and the share
 * of it found in the other text estimates containment without bias.
 */
export const SAMPLE_EVERY = 16;
/**
 * Fewer distinct shingles than this (a text of about 25 words) say too little: two
 * one-line summaries can match without being one incident.
 */
export const MIN_SHINGLES = 20;
/** The fingerprint of every text too short to be flagged: one shared array, as a large export of one-line rows has thousands. */
const NO_FINGERPRINT = new Uint32Array(0);

/** The parts of a record's long text, as written. */
function textParts(record: IncidentDraft): string[] {
  const parts: (string | null)[] = [record.summary];
  for (const field of POSTMORTEM_FIELD_IDS) {
    if (field !== 'references') for (const item of record.postmortem[field]) parts.push(item.text);
  }
  for (const facet of FACET_IDS) parts.push(record.rationale[facet]);
  for (const layer of IOT_LAYER_IDS) parts.push(record.iot[layer].rationale);
  parts.push(record.article?.body ?? null);
  return parts.filter((p): p is string => p !== null && p.length > 0);
}

/**
 * The long text two copies of one report share whatever their titles: the summary, every
 * postmortem item but the references, every rationale, and an article's body, one part
 * a line, without citations (a copy may renumber them).
 */
export function duplicateText(record: IncidentDraft): string {
  return textParts(record).map(stripCitations).join('\n');
}

/** The fingerprint of a record's long text (see fingerprint), made on every input as it is prepared. */
export function recordFingerprint(record: IncidentDraft): Uint32Array {
  return fingerprint(textParts(record).join('\n'));
}

/** The words of a text, case- and compatibility-folded, with where each stands in the text. */
export interface Words {
  words: string[];
  /** `[start, end)` of word i in the text as given. */
  starts: number[];
  ends: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function wordsOf(text: string): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push(match[0].normalize('NFKC').toLowerCase());
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  return { words, starts, ends };
}

/** The shingle starting at word `i`, as one string. */
export const shingleAt = (words: readonly string[], i: number): string => words.slice(i, i + SHINGLE_WORDS).join(' ');

/** How many shingles a text of `wordCount` words has (one for a shorter, non-empty text). */
export const shingleCount = (wordCount: number): number => (wordCount === 0 ? 0 : Math.max(1, wordCount - SHINGLE_WORDS + 1));

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A bracketed span up to this long is taken for a citation and skipped; stripCitations says exactly, at a cost paid per input. */
const MAX_BRACKETS = 200;

/**
 * A character outside ASCII folded as wordsOf folds it (compatibility forms and case),
 * or null when it is not part of a word. Rare in reports, so taken one at a time.
 */
function foldedOther(code: number): string | null {
  const char = String.fromCharCode(code);
  return LETTER_OR_DIGIT.test(char) ? char.normalize('NFKC').toLowerCase() : null;
}

/** Each ASCII code unit folded as a word's character (upper case to lower), 0 for one that is not part of a word. */
const ASCII_FOLD = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII_FOLD[code] = code;
for (let code = 97; code <= 122; code++) ASCII_FOLD[code] = code;
for (let code = 65; code <= 90; code++) ASCII_FOLD[code] = code + 32;

/**
 * Scratch arrays of the word hashes and sampled shingles of the text being fingerprinted,
 * reused from text to text: this runs on every input, and fresh arrays for each cost
 * more than the hashing.
 */
let wordScratch = new Int32Array(4096);
let shingleScratch = new Uint32Array(1024);

/**
 * FNV-1a hashes of the words of `text` into `wordScratch`, read in one pass over its
 * code units without cutting, normalizing or lowercasing a string; how many there are.
 * ASCII is folded by table. Short bracketed spans (citations) are skipped.
 */
function wordHashes(text: string): number {
  // A word takes a character and the one ending it: never more than half the text, rounded up.
  if (wordScratch.length < (text.length >> 1) + 1) wordScratch = new Int32Array((text.length >> 1) + 1);
  const hashes = wordScratch;
  let count = 0;
  let h = 0x811c9dc5;
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const folded = ASCII_FOLD[code];
      if (folded !== 0) {
        if (!inside) h = 0x811c9dc5;
        inside = true;
        h = Math.imul(h ^ folded, 0x01000193);
        continue;
      }
      if (inside) hashes[count++] = h;
      inside = false;
      if (code === 91) {
        const close = text.indexOf(']', i + 1);
        if (close > 0 && close - i <= MAX_BRACKETS) i = close;
      }
      continue;
    }
    const other = foldedOther(code);
    if (other === null) {
      if (inside) hashes[count++] = h;
      inside = false;
      continue;
    }
    if (!inside) h = 0x811c9dc5;
    inside = true;
    for (let k = 0; k < other.length; k++) h = Math.imul(h ^ other.charCodeAt(k), 0x01000193);
  }
  if (inside) hashes[count++] = h;
  return count;
}

/** The shingle of words `i` to `end - 1` from their hashes, mixed so its low bits depend on every word. */
function hashShingle(words: Int32Array, i: number, end: number): number {
  let h = 0x9e3779b9;
  for (let k = i; k < end; k++) h = Math.imul(h ^ words[k], 0x01000193) ^ (h >>> 13);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/**
 * What finding possible duplicates keeps of an incident's text: the sampled shingle
 * hashes, sorted and distinct. A few hundred bytes for a long report, so a corpus of
 * 100,000 incidents fits in memory while their text is not held. Words are read as
 * `wordsOf` reads them, near enough for finding candidates (astral letters split a
 * word here, and compatibility forms are folded a character at a time).
 */
export function fingerprint(text: string): Uint32Array {
  const words = wordHashes(text);
  const count = shingleCount(words);
  if (count < MIN_SHINGLES) return NO_FINGERPRINT;
  if (shingleScratch.length < count) shingleScratch = new Uint32Array(count);
  let sampled = 0;
  for (let i = 0; i < count; i++) {
    const h = hashShingle(wordScratch, i, Math.min(words, i + SHINGLE_WORDS));
    if (h % SAMPLE_EVERY === 0) shingleScratch[sampled++] = h;
  }
  if (sampled === 0) return NO_FINGERPRINT;
  const kept = shingleScratch.subarray(0, sampled).sort();
  let distinct = 1;
  for (let i = 1; i < sampled; i++) if (kept[i] !== kept[distinct - 1]) kept[distinct++] = kept[i];
  return kept.slice(0, distinct);
}
