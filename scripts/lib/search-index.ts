/**
 * Builds the full-text search index: every row's words (title, organizations, long
 * text), each word's rows as a posting list, the sorted dictionary, and the postings cut
 * into shards by dictionary range. Rows are added in order, so each posting list is
 * ascending as it is written and only its varint bytes are kept: memory grows with the
 * postings, never with the text.
 */
import {
  align4,
  BITMAP,
  bitmapBytes,
  checksum,
  MAX_BUILD_BYTES,
  SEARCH_VERSION,
  SHARD_HEADER_BYTES,
  SHARD_MAGIC,
  SHARD_TARGET_BYTES,
  SUMMARY_BITMAPS,
  summaryKey,
  VARINT,
  WORDS_COUNTS_AT,
  WORDS_HEADER_BYTES,
  WORDS_HEADER_FIELDS,
  WORDS_MAGIC,
} from '../../src/domain/search-index-format';
import type { WordsHeader } from '../../src/domain/search-index-format';
import { searchWords } from '../../src/domain/search-words';
import { PackedReader, type PackedWords } from './document-words';
import { byCodeUnits } from '../../src/domain/code-unit-order';

/** Writes `value` as a varint at `at` of `bytes`; returns `bytes`, or a larger copy when it had no room. */
function pushVarint(bytes: Uint8Array, at: number, value: number): Uint8Array {
  let out = bytes;
  if (at + 5 > out.length) {
    out = new Uint8Array(Math.max(16, out.length * 2));
    out.set(bytes);
  }
  let v = value;
  let end = at;
  while (v >= 0x80) {
    out[end++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[end] = v;
  return out;
}

const varintBytes = (value: number): number => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5);

export interface SearchIndexFiles {
  /** `search-words.bin`. */
  readonly words: Uint8Array;
  /** `search-postings-NNNN.bin`, in shard order. */
  readonly shards: readonly Uint8Array[];
}

const NO_ROWS = new Uint8Array(0);

export class SearchIndexBuilder {
  /** Word → id in order of first use; the columns below are by id. */
  private readonly ids = new Map<string, number>();
  private lists: Uint8Array[] = [];
  private ends = new Uint32Array(1024);
  private last = new Int32Array(1024);
  private counts = new Uint32Array(1024);
  private rows = 0;

  /** Builder ids of the words of `numbered`'s vocabulary, -1 for one not seen yet. */
  private byNumber = new Int32Array(0);
  private numbered: readonly string[] | null = null;

  /** Adds the next row's text. */
  addRow(text: string): void {
    const row = this.rows++;
    for (const word of searchWords(text)) {
      let id = this.ids.get(word);
      if (id === undefined) id = this.newWord(word);
      this.addWord(id, row);
    }
  }

  /**
   * Adds the next row as the numbers in `vocabulary` of the words `searchWords` reads in
   * its text, as `addRow` would: each word once, in any order. Every row added this way
   * must number its words in the same vocabulary, which may grow between rows.
   */
  addRowWords(numbers: (visit: (number: number) => void) => void, vocabulary: readonly string[]): void {
    if (this.numbered !== null && this.numbered !== vocabulary) throw new Error('every row of a search index is numbered in one vocabulary');
    this.numbered = vocabulary;
    if (this.byNumber.length < vocabulary.length) {
      const grown = new Int32Array(vocabulary.length).fill(-1);
      grown.set(this.byNumber);
      this.byNumber = grown;
    }
    const row = this.rows++;
    numbers((number) => {
      let id = this.byNumber[number];
      if (id === -1) {
        const word = vocabulary[number];
        id = this.ids.get(word) ?? this.newWord(word);
        this.byNumber[number] = id;
      }
      this.addWord(id, row);
    });
  }

  private addWord(id: number, row: number): void {
    const last = this.last[id];
    if (last === row) return;
    if (last !== -1) {
      // Most words of a large text occur in one row; a word's list is made only at its second row, from the first it kept in `last`.
      if (this.counts[id] === 1) this.push(id, last);
      this.push(id, row - last);
    }
    this.last[id] = row;
    this.counts[id]++;
  }

  private push(id: number, gap: number): void {
    this.lists[id] = pushVarint(this.lists[id], this.ends[id], gap);
    this.ends[id] += varintBytes(gap);
  }

  /** The bytes of word `id`'s varint posting list, without making the list of a word of one row. */
  private sizeOf(id: number): number {
    return this.counts[id] === 1 ? varintBytes(this.last[id]) : this.ends[id];
  }

  /** ORs word `id`'s rows into `bits`. */
  private addRowsOf(bits: Uint32Array, id: number): void {
    if (this.counts[id] === 1) setRow(bits, this.last[id]);
    else addRows(bits, this.lists[id].subarray(0, this.ends[id]));
  }

  /** The varint posting list of word `id`. */
  private listOf(id: number): Uint8Array {
    if (this.counts[id] === 1) return pushVarint(NO_ROWS, 0, this.last[id]).subarray(0, varintBytes(this.last[id]));
    return this.lists[id].subarray(0, this.ends[id]);
  }

  private newWord(word: string): number {
    const id = this.ids.size;
    this.ids.set(word, id);
    if (id === this.last.length) {
      const grow = <T extends Uint32Array | Int32Array>(column: T, make: (n: number) => T): T => {
        const grown = make(column.length * 2);
        grown.set(column);
        return grown;
      };
      this.ends = grow(this.ends, (n) => new Uint32Array(n));
      this.last = grow(this.last, (n) => new Int32Array(n));
      this.counts = grow(this.counts, (n) => new Uint32Array(n));
    }
    this.lists.push(NO_ROWS);
    this.last[id] = -1;
    return id;
  }

  /** The index files for dataset `build`; the same rows give the same bytes. */
  finish(build: string, shardTargetBytes = SHARD_TARGET_BYTES): SearchIndexFiles {
    const buildBytes = new TextEncoder().encode(build);
    if (buildBytes.length > MAX_BUILD_BYTES) throw new Error(`a build of ${buildBytes.length} bytes is longer than the search index holds`);
    const real = [...this.ids.keys()].sort();
    const n = this.rows;
    const realIds = Int32Array.from(real, (word) => this.ids.get(word)!);
    const summaries = prefixSummaries(real, { sizeOf: (i) => this.sizeOf(realIds[i]), addRowsOf: (bits, i) => this.addRowsOf(bits, realIds[i]) }, n);
    const words = [...summaries.keys(), ...real];
    const offsets = new Uint32Array(words.length);
    const lengths = new Uint32Array(words.length);
    const counts = new Uint32Array(words.length);
    const kinds = new Uint8Array(words.length);
    const shardFirst: number[] = [0];
    const shardBodies: Uint8Array[][] = [[]];
    let shardBytes = 0;
    words.forEach((word, id) => {
      if (shardBytes >= shardTargetBytes) {
        shardFirst.push(id);
        shardBodies.push([]);
        shardBytes = 0;
      }
      const summary = id < summaries.size ? summaries.get(word) : undefined;
      const list = summary === undefined ? this.listOf(realIds[id - summaries.size]) : new Uint8Array(0);
      const body = shardBodies[shardBodies.length - 1];
      counts[id] = summary === undefined ? this.counts[realIds[id - summaries.size]] : bitCount(summary);
      if (summary !== undefined || list.length > bitmapBytes(n)) {
        const padding = align4(shardBytes) - shardBytes;
        if (padding > 0) body.push(new Uint8Array(padding));
        shardBytes += padding;
        const bitmap = new Uint8Array((summary ?? toBitmap(list, n)).buffer);
        body.push(bitmap);
        kinds[id] = BITMAP;
        offsets[id] = shardBytes;
        lengths[id] = bitmap.length;
      } else {
        body.push(list);
        kinds[id] = VARINT;
        offsets[id] = shardBytes;
        lengths[id] = list.length;
      }
      shardBytes += lengths[id];
    });
    shardFirst.push(words.length);
    const shards = shardBodies.map((body, shard) => shardContents(buildBytes, shard, concat(body)));
    const sums = Uint32Array.from(shards, (bytes) => checksum(bytes.subarray(SHARD_HEADER_BYTES)));
    const dictionary = wordsFile(buildBytes, n, words, { offsets, lengths, counts, kinds }, Uint32Array.from(shardFirst), sums);
    return { words: dictionary, shards };
  }
}

const setRow = (bits: Uint32Array, row: number) => {
  bits[row >>> 5] |= 1 << (row & 31);
};

/** ORs the rows of a varint posting list into `bits`. */
function addRows(bits: Uint32Array, list: Uint8Array): void {
  let row = -1;
  for (let i = 0; i < list.length; ) {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = list[i++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    row = row === -1 ? value : row + value;
    setRow(bits, row);
  }
}

function toBitmap(list: Uint8Array, rows: number): Uint32Array {
  const bits = new Uint32Array(bitmapBytes(rows) / 4);
  addRows(bits, list);
  return bits;
}

function bitCount(bits: Uint32Array): number {
  let count = 0;
  for (let word of bits) {
    while (word !== 0) {
      word &= word - 1;
      count++;
    }
  }
  return count;
}

/** The sorted words' posting lists, by a word's place in that order. */
interface SortedPostings {
  sizeOf(word: number): number;
  addRowsOf(bits: Uint32Array, word: number): void;
}

/** The first `length` code points of `word`; null when it has fewer. */
function prefixOf(word: string, length: number): string | null {
  let end = 0;
  for (let point = 0; point < length; point++) {
    if (end >= word.length) return null;
    end += (word.codePointAt(end) as number) > 0xffff ? 2 : 1;
  }
  return word.slice(0, end);
}

/**
 * The prefix summaries worth writing over the sorted `words`: for each prefix of one or
 * two characters whose words' postings are larger than `SUMMARY_BITMAPS` bitmaps, the
 * bitmap of their rows, keyed by `summaryKey`, in key order.
 */
function prefixSummaries(words: readonly string[], postings: SortedPostings, rows: number): Map<string, Uint32Array> {
  const found: [string, Uint32Array][] = [];
  for (let length = 1; length <= 2; length++) {
    let start = 0;
    while (start < words.length) {
      const prefix = prefixOf(words[start], length);
      if (prefix === null) {
        start++;
        continue;
      }
      let end = start;
      let bytes = 0;
      while (end < words.length && words[end].startsWith(prefix)) bytes += postings.sizeOf(end++);
      if (bytes > SUMMARY_BITMAPS * bitmapBytes(rows)) {
        const bits = new Uint32Array(bitmapBytes(rows) / 4);
        for (let i = start; i < end; i++) postings.addRowsOf(bits, i);
        found.push([summaryKey(prefix), bits]);
      }
      start = end;
    }
  }
  return new Map(found.sort(([a], [b]) => byCodeUnits(a, b)));
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function writeHead(view: DataView, bytes: Uint8Array, magic: string, build: Uint8Array): void {
  for (let i = 0; i < 4; i++) bytes[i] = magic.charCodeAt(i);
  view.setUint32(4, SEARCH_VERSION, true);
  view.setUint32(8, build.length, true);
  bytes.set(build, 12);
}

function shardContents(build: Uint8Array, shard: number, payload: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(SHARD_HEADER_BYTES + payload.length);
  const view = new DataView(bytes.buffer);
  writeHead(view, bytes, SHARD_MAGIC, build);
  view.setUint32(12 + MAX_BUILD_BYTES, shard, true);
  view.setUint32(16 + MAX_BUILD_BYTES, payload.length, true);
  bytes.set(payload, SHARD_HEADER_BYTES);
  return bytes;
}

interface WordColumns {
  offsets: Uint32Array;
  lengths: Uint32Array;
  counts: Uint32Array;
  kinds: Uint8Array;
}

function wordsFile(build: Uint8Array, rows: number, words: readonly string[], columns: WordColumns, shardFirst: Uint32Array, sums: Uint32Array): Uint8Array {
  const encoder = new TextEncoder();
  const wordText = encoder.encode(words.join('\n'));
  const header: WordsHeader = { rows, words: words.length, shards: sums.length, wordTextBytes: wordText.length };
  const sections: Uint8Array[] = [wordText, bytesOf(columns.offsets), bytesOf(columns.lengths), bytesOf(columns.counts), columns.kinds, bytesOf(shardFirst), bytesOf(sums)];
  const size = sections.reduce((sum, s) => sum + align4(s.length), WORDS_HEADER_BYTES);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  writeHead(view, bytes, WORDS_MAGIC, build);
  WORDS_HEADER_FIELDS.forEach((field, i) => view.setUint32(WORDS_COUNTS_AT + 4 * i, header[field], true));
  let at = WORDS_HEADER_BYTES;
  for (const section of sections) {
    bytes.set(section, at);
    at += align4(section.length);
  }
  return bytes;
}

/** The bytes of a u32 column, little-endian as the format says (and as every platform the app runs on stores them). */
const bytesOf = (column: Uint32Array): Uint8Array => new Uint8Array(column.buffer, column.byteOffset, column.byteLength);

/** The organizations of the index, as `buildIndex` gives them: names, and per row which. */
interface RowOrganizations {
  readonly values: readonly string[];
  readonly rows: readonly (readonly number[])[];
}

/** The search index of a dataset: each row's title, organization names and long text. */
export function buildSearchIndex(build: string, titles: readonly string[], organizations: RowOrganizations, texts: readonly string[]): SearchIndexFiles {
  const builder = new SearchIndexBuilder();
  titles.forEach((title, row) => {
    const names = organizations.rows[row].map((value) => organizations.values[value]);
    builder.addRow([title, ...names, texts[row]].join('\n'));
  });
  return builder.finish(build);
}

/** The search index of a dataset from its rows' packed words (document-words.ts) in `vocabulary`: what `buildSearchIndex` makes of their text. */
export function searchIndexOf(build: string, documents: readonly PackedWords[], vocabulary: readonly string[]): SearchIndexFiles {
  const builder = new SearchIndexBuilder();
  for (const packed of documents) builder.addRowWords((visit) => new PackedReader(packed).search(visit), vocabulary);
  return builder.finish(build);
}
