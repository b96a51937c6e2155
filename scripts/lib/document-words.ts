/**
 * What the dataset-wide text steps need of one incident, read from its text once, when
 * the input is compiled, and kept in the compile cache beside the compiled entry: the
 * distinct words full-text search indexes the incident by, and the sequence of words its
 * distinctive terms are counted over. Words are numbers in a vocabulary, so that a run
 * combining thousands of cached incidents reads small integers, never their text again.
 *
 * The numbers are packed as varints: the count of search words, their numbers ascending
 * (the first, then each gap), the length of the title's part of the sequence, the count
 * of the sequence, then each of its words as its number plus one, 0 where a phrase
 * cannot continue (a stop word, a number, punctuation, the end of the title).
 */
import { searchWords } from '../../src/domain/search-words';
import { scanWords, termOfWord } from './term-words';

/**
 * Packed words: one varint byte per character, so a one-byte string. A row of a large
 * export holds a few dozen bytes of words; as a string they cost a fraction of what a
 * typed array and its buffer cost on the heap, where every row is held until the dataset
 * is written.
 */
export type PackedWords = string;

/** A word of the sequence that no phrase runs across. */
export const BREAK = -1;

/** Strings numbered in order of first use; every number stays the same string for good. */
export class Vocabulary {
  private ids: Map<string, number> | null = null;

  constructor(readonly words: string[] = []) {}

  /** The number of `word`, numbered now when it is new. */
  id(word: string): number {
    if (this.ids === null) this.ids = new Map(this.words.map((w, i) => [w, i]));
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  /** Marks the words `adopt` gave out, one byte per word. */
  private given = new Uint8Array(0);

  /** The numbers of `words`, numbering the new ones, each marked as given out to an input of this run. */
  adopt(words: readonly string[]): number[] {
    const ids = words.map((word) => this.id(word));
    if (this.given.length < this.words.length) {
      const grown = new Uint8Array(Math.max(this.words.length, this.given.length * 2));
      grown.set(this.given);
      this.given = grown;
    }
    for (const id of ids) this.given[id] = 1;
    return ids;
  }

  /** A staged input's words in this vocabulary: renumbered from the input's own, or as they are when numbered here already. */
  number(words: StagedWords): PackedWords {
    return typeof words === 'string' ? words : renumbered(words.packed, this.adopt(words.words));
  }

  /** Whether `adopt` gave out word `id`: an input numbered this run uses it, whatever the cache keeps of that input. */
  numbered(id: number): boolean {
    return this.given[id] === 1;
  }
}

/** One incident's words packed in a vocabulary of its own, as made where it is compiled on the main thread: a CSV row, a page of a small input, a page compiled again. */
export interface LocalWords {
  words: string[];
  packed: PackedWords;
}

/**
 * A staged input's words: in a vocabulary of its own, or packed in the dataset's
 * vocabulary already, as pages compiled on a page thread are once their thread's words
 * are translated (page-compiler.ts).
 */
export type StagedWords = LocalWords | PackedWords;

/** The words, in order, that distinctive terms count over, as in distinctive-terms.ts: `BREAK` between phrases, the title's first. */
function termSequence(title: string, body: string, vocabulary: Vocabulary): { sequence: number[]; titleEnd: number } {
  const sequence: number[] = [];
  const seen = new Map<string, number>();
  const visit = (word: string, follows: boolean) => {
    let id = seen.get(word);
    if (id === undefined) {
      id = termOfWord(word) === null ? BREAK : vocabulary.id(word);
      seen.set(word, id);
    }
    if ((!follows || id === BREAK) && sequence.length > 0 && sequence[sequence.length - 1] !== BREAK) sequence.push(BREAK);
    if (id !== BREAK) sequence.push(id);
  };
  scanWords(title, visit);
  const titleEnd = sequence.length;
  sequence.push(BREAK);
  scanWords(body, visit);
  return { sequence, titleEnd };
}

/**
 * An incident's words in `vocabulary`: search words of its title, organizations and long
 * text (as the search index reads a row), distinctive-term words of its title and body.
 */
export function documentWords(title: string, organizations: readonly string[], body: string, vocabulary: Vocabulary): PackedWords {
  const search = new Set<number>();
  for (const word of searchWords([title, ...organizations, body].join('\n'))) search.add(vocabulary.id(word));
  const { sequence, titleEnd } = termSequence(title, body, vocabulary);
  return pack([...search], titleEnd, sequence);
}

/** The same in a vocabulary of the incident's own, to be renumbered where the dataset is assembled. */
export function localWords(title: string, organizations: readonly string[], body: string): LocalWords {
  const vocabulary = new Vocabulary();
  const packed = documentWords(title, organizations, body, vocabulary);
  return { words: vocabulary.words, packed };
}

/**
 * Writes varints into one buffer that every page reuses: a typed array made for each of
 * a hundred thousand pages cost more than the writing. `text` copies the bytes out.
 */
class Writer {
  bytes = new Uint8Array(4096);
  size = 0;

  /** Starts a new text in the same buffer. */
  reset(): void {
    this.size = 0;
  }

  push(value: number): void {
    if (this.size + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.size++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.size++] = v;
  }

  /** The search words' section: their count, then the first number and each gap, from `sorted`, ascending. */
  pushSearch(sorted: ArrayLike<number>): void {
    this.push(sorted.length);
    let last = 0;
    for (let i = 0; i < sorted.length; i++) {
      this.push(sorted[i] - last);
      last = sorted[i];
    }
  }

  /** The bytes as a one-byte string, a character per byte, as latin1 decodes them. */
  text(): PackedWords {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.size).toString('latin1');
  }
}

const writer = new Writer();
/** The renumbered search words of one page, reused like `writer`. */
let searchScratch = new Int32Array(1024);

function pack(search: number[], titleEnd: number, sequence: readonly number[]): PackedWords {
  writer.reset();
  writer.pushSearch(search.sort((a, b) => a - b));
  writer.push(titleEnd);
  writer.push(sequence.length);
  for (const id of sequence) writer.push(id + 1);
  return writer.text();
}

/** Reads packed words in order; past the end it reads 0 and moves on, which `packedWithin` tells apart. */
export class PackedReader {
  at = 0;

  constructor(readonly packed: PackedWords) {}

  next(): number {
    const { packed } = this;
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= packed.length) {
        this.at++;
        return value;
      }
      const byte = packed.charCodeAt(this.at++);
      if (byte < 0x80) return value + byte * scale;
      value += (byte & 0x7f) * scale;
      scale *= 0x80;
    }
  }

  /** Moves past the search words to the sequence. */
  skipSearch(): void {
    const { packed } = this;
    for (let n = this.next(); n > 0 && this.at < packed.length; this.at++) if (packed.charCodeAt(this.at) < 0x80) n--;
  }

  /** The search words' numbers, ascending; leaves the reader at the sequence. */
  search(visit: (id: number) => void): void {
    let id = 0;
    for (let n = this.next(); n > 0; n--) {
      id += this.next();
      visit(id);
    }
  }
}

/**
 * `packed` with each word's number `n` replaced by `numberOf[n]`, read and written in
 * one pass: every page of a build is renumbered so, as it joins the dataset.
 */
export function renumbered(packed: PackedWords, numberOf: ArrayLike<number>): PackedWords {
  const reader = new PackedReader(packed);
  const count = reader.next();
  if (searchScratch.length < count) searchScratch = new Int32Array(Math.max(count, searchScratch.length * 2));
  const search = searchScratch.subarray(0, count);
  let id = 0;
  for (let i = 0; i < search.length; i++) {
    id += reader.next();
    search[i] = numberOf[id];
  }
  writer.reset();
  writer.pushSearch(search.sort());
  writer.push(reader.next());
  const length = reader.next();
  writer.push(length);
  for (let n = length; n > 0; n--) {
    const word = reader.next();
    writer.push(word === 0 ? 0 : numberOf[word - 1] + 1);
  }
  return writer.text();
}

/** Visits the number of every word of `packed`, a word as often as it occurs. */
export function forEachWord(packed: PackedWords, visit: (id: number) => void): void {
  const reader = new PackedReader(packed);
  reader.search(visit);
  reader.next();
  for (let n = reader.next(); n > 0; n--) {
    const id = reader.next() - 1;
    if (id !== BREAK) visit(id);
  }
}

/**
 * Whether `packed` is whole and names only words of a vocabulary of `size` words: what
 * the compile cache checks of a kept entry before it is used.
 */
export function packedWithin(packed: PackedWords, size: number): boolean {
  const reader = new PackedReader(packed);
  const whole = () => reader.at <= packed.length;
  let id = -1;
  for (let n = reader.next(); n > 0 && whole(); n--) id += reader.next() + (id < 0 ? 1 : 0);
  if (id >= size) return false;
  const titleEnd = reader.next();
  const length = reader.next();
  if (titleEnd >= length) return false;
  for (let n = length; n > 0 && whole(); n--) if (reader.next() > size) return false;
  return reader.at === packed.length;
}
