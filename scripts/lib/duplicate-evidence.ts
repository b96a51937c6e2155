import { SHINGLE_WORDS, shingleAt, shingleCount, type Words, wordsOf } from './duplicate-text';

/** Passages shown per pair: enough to judge, few enough to read. */
export const EVIDENCE_PASSAGES = 3;
/** Words shown of one passage; a longer one is cut and ends in an ellipsis. */
export const EVIDENCE_WORDS = 40;

/** How much two texts share, measured on their distinct shingles. */
export interface TextOverlap {
  /** Shared shingles over the shingles of either text. */
  jaccard: number;
  /** Shared shingles over the shingles of the shorter text: 1 for a truncated copy. */
  containment: number;
  /** 0 when the first text has fewer shingles (or as many), 1 when the second has. */
  shorter: 0 | 1;
  /** The shorter text's distinct shingles. */
  shorterShingles: number;
  /** The longest passages the texts share, longest first, as plain text of the shorter one. */
  passages: string[];
}

/** A text read for comparing: its words, and its shingles in order and as a set. */
interface ReadText {
  text: string;
  words: Words;
  shingles: string[];
  set: Set<string>;
}

/**
 * The texts of the last pair compared. Candidate pairs come sorted, so the first copy of
 * a text filed many times is in each of its pairs in turn, and is read once.
 */
let lastPair: ReadText[] = [];

function readText(text: string): ReadText {
  const known = lastPair.find((read) => read.text === text);
  if (known !== undefined) return known;
  const words = wordsOf(text);
  const shingles = Array.from({ length: shingleCount(words.words.length) }, (_, i) => shingleAt(words.words, i));
  return { text, words, shingles, set: new Set(shingles) };
}

/** The passage of words `[from, to]` of `text`, cut to EVIDENCE_WORDS words. */
function passage(text: string, words: Words, from: number, to: number): string {
  const last = Math.min(to, from + EVIDENCE_WORDS - 1);
  const cut = text.slice(words.starts[from], words.ends[last]).replace(/\s+/g, ' ');
  return last < to ? `${cut} …` : cut;
}

/**
 * A run of words split where the text's parts (a summary, an item, a rationale) meet,
 * so a whole copy shows its longest shared parts rather than one passage of its start.
 */
function byPart(text: string, words: Words, from: number, to: number): [number, number][] {
  const parts: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (text.slice(words.ends[i], words.starts[i + 1]).includes('\n')) {
      parts.push([start, i]);
      start = i + 1;
    }
  }
  parts.push([start, to]);
  return parts;
}

/**
 * The exact overlap of two texts: Jaccard and containment over distinct shingles, and
 * the longest runs of the shorter text whose every shingle the longer one holds, cut
 * where its parts meet. Runs are ordered by length, then by where they start, so the
 * evidence is the same on every build.
 */
export function textOverlap(a: string, b: string): TextOverlap {
  const read = [readText(a), readText(b)];
  lastPair = read;
  const words = read.map((r) => r.words);
  const shingles = read.map((r) => r.shingles);
  const sets = read.map((r) => r.set);
  const shorter: 0 | 1 = sets[1].size < sets[0].size ? 1 : 0;
  const small = sets[shorter];
  const large = sets[1 - shorter];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  const union = small.size + large.size - shared;
  const own = words[shorter];
  const ownShingles = shingles[shorter];
  const runs: [number, number][] = [];
  let start = -1;
  const count = ownShingles.length;
  for (let i = 0; i <= count; i++) {
    const hit = i < count && large.has(ownShingles[i]);
    if (hit && start < 0) start = i;
    if (!hit && start >= 0) {
      runs.push([start, Math.min(own.words.length, i - 1 + SHINGLE_WORDS) - 1]);
      start = -1;
    }
  }
  const text = shorter === 0 ? a : b;
  const passages = runs.flatMap(([from, to]) => byPart(text, own, from, to)).filter(([from, to]) => to - from + 1 >= SHINGLE_WORDS);
  passages.sort((x, y) => y[1] - y[0] - (x[1] - x[0]) || x[0] - y[0]);
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: small.size === 0 ? 0 : shared / small.size,
    shorter,
    shorterShingles: small.size,
    passages: passages.slice(0, EVIDENCE_PASSAGES).map(([from, to]) => passage(text, own, from, to)),
  };
}
