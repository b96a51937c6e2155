/**
 * Reading and querying the full-text search index (layout in search-index-format.ts).
 * The dictionary is read once; a query finds the dictionary words each of its parts
 * matches (those starting with it: a binary-searched range of the sorted dictionary, or
 * its prefix summary where the prebuild wrote one), says which shards hold their
 * postings, and once those have loaded, ORs the postings into one bitset per part and
 * ANDs the parts. The work is proportional to the words and postings matched, never to
 * the dataset.
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
  summaryKey,
  WORDS_COUNTS_AT,
  WORDS_HEADER_BYTES,
  WORDS_HEADER_FIELDS,
  WORDS_MAGIC,
} from '../domain/search-index-format';
import type { WordsHeader } from '../domain/search-index-format';
import { wordMatches } from '../domain/search-words';
import { anotherVersion } from '../domain/schema-issues';
import { fullBitset, intersection } from './bitset';
import type { Bitset } from './bitset';

/** A search file that cannot be used: `file` names it, the message says why. */
export class SearchIndexError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file} cannot be used: ${reason}`);
    this.name = 'SearchIndexError';
    this.file = file;
    this.reason = reason;
  }
}

export interface SearchDictionary {
  readonly build: string;
  readonly rows: number;
  /** Sorted by UTF-16 code unit, as JavaScript sorts strings. */
  readonly words: readonly string[];
  readonly offsets: Uint32Array;
  readonly lengths: Uint32Array;
  readonly counts: Uint32Array;
  readonly kinds: Uint8Array;
  /** Shard `s` holds words `shardFirst[s]` up to `shardFirst[s + 1]`. */
  readonly shardFirst: Uint32Array;
  readonly checksums: Uint32Array;
}

function readHead(bytes: Uint8Array, file: string, magic: string, build: string): DataView {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 + MAX_BUILD_BYTES || String.fromCharCode(...bytes.subarray(0, 4)) !== magic) throw new SearchIndexError(file, 'it is not a search index file');
  const version = view.getUint32(4, true);
  if (version !== SEARCH_VERSION) throw new SearchIndexError(file, anotherVersion(`format version ${version}`, String(SEARCH_VERSION)));
  const buildLength = Math.min(view.getUint32(8, true), MAX_BUILD_BYTES);
  const written = new TextDecoder().decode(bytes.subarray(12, 12 + buildLength));
  if (written !== build) throw new SearchIndexError(file, 'it belongs to another build of the dataset; run the prebuild again');
  return view;
}

/** Reads `search-words.bin` of dataset `build`, checking its layout (not its postings). */
export function parseDictionary(buffer: ArrayBuffer, file: string, build: string): SearchDictionary {
  const bytes = new Uint8Array(buffer);
  const view = readHead(bytes, file, WORDS_MAGIC, build);
  if (bytes.length < WORDS_HEADER_BYTES) throw new SearchIndexError(file, 'it is truncated');
  const header = Object.fromEntries(WORDS_HEADER_FIELDS.map((field, i) => [field, view.getUint32(WORDS_COUNTS_AT + 4 * i, true)])) as unknown as WordsHeader;
  const { words: w, shards: s } = header;
  const sizes = [header.wordTextBytes, 4 * w, 4 * w, 4 * w, w, 4 * (s + 1), 4 * s];
  const expected = sizes.reduce((sum, size) => sum + align4(size), WORDS_HEADER_BYTES);
  if (expected !== bytes.length) throw new SearchIndexError(file, bytes.length < expected ? 'it is truncated' : 'it is longer than its header says');
  let at = WORDS_HEADER_BYTES;
  const next = (size: number) => {
    const start = at;
    at += align4(size);
    return start;
  };
  const text = (size: number) => {
    const start = next(size);
    return size === 0 ? [] : new TextDecoder().decode(bytes.subarray(start, start + size)).split('\n');
  };
  const u32 = (count: number) => new Uint32Array(buffer, next(4 * count), count);
  const words = text(header.wordTextBytes);
  const offsets = u32(w);
  const lengths = u32(w);
  const counts = u32(w);
  const kindsAt = next(w);
  const kinds = new Uint8Array(buffer, kindsAt, w);
  const shardFirst = u32(s + 1);
  const checksums = u32(s);
  if (words.length !== w) throw new SearchIndexError(file, 'its word list does not match its header');
  if (shardFirst[0] !== 0 || shardFirst[s] !== w || !ascending(shardFirst)) throw new SearchIndexError(file, 'its shards do not cover its words');
  return { build, rows: header.rows, words, offsets, lengths, counts, kinds, shardFirst, checksums };
}

function ascending(column: Uint32Array): boolean {
  for (let i = 1; i < column.length; i++) if (column[i] < column[i - 1]) return false;
  return true;
}

/**
 * The postings of shard `shard` of `dictionary`, checked whole: header, length, checksum,
 * and every word's postings within it, so a query reads them without further checks.
 */
export function parseShard(buffer: ArrayBuffer, file: string, dictionary: SearchDictionary, shard: number): Uint8Array {
  const bytes = new Uint8Array(buffer);
  const view = readHead(bytes, file, SHARD_MAGIC, dictionary.build);
  if (bytes.length < SHARD_HEADER_BYTES) throw new SearchIndexError(file, 'it is truncated');
  if (view.getUint32(12 + MAX_BUILD_BYTES, true) !== shard) throw new SearchIndexError(file, 'it holds another shard of the index');
  const size = view.getUint32(16 + MAX_BUILD_BYTES, true);
  if (bytes.length !== SHARD_HEADER_BYTES + size) throw new SearchIndexError(file, bytes.length < SHARD_HEADER_BYTES + size ? 'it is truncated' : 'it is longer than its header says');
  const payload = bytes.subarray(SHARD_HEADER_BYTES);
  if (checksum(payload) !== dictionary.checksums[shard]) throw new SearchIndexError(file, 'its contents are damaged (checksum mismatch)');
  const bitmap = bitmapBytes(dictionary.rows);
  for (let id = dictionary.shardFirst[shard]; id < dictionary.shardFirst[shard + 1]; id++) {
    const offset = dictionary.offsets[id];
    const length = dictionary.lengths[id];
    const outside = offset + length > size;
    const badBitmap = dictionary.kinds[id] === BITMAP && (length !== bitmap || offset % 4 !== 0);
    if (outside || badBitmap) throw new SearchIndexError(file, `the postings of "${dictionary.words[id]}" lie outside it`);
  }
  return payload;
}

/** The first index in sorted `list` whose entry is not below `key`. */
function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The ids of the dictionary words `part` (one word of a query) matches, ascending: those
 * starting with it, one run of the sorted dictionary; or, where the prebuild summed
 * those words' rows into a prefix summary (one or two characters), that summary alone.
 */
export function matchingWords(dictionary: SearchDictionary, part: string): number[] {
  const { words } = dictionary;
  const summary = lowerBound(words, summaryKey(part));
  if (words[summary] === summaryKey(part)) return [summary];
  const ids: number[] = [];
  for (let id = lowerBound(words, part); id < words.length && wordMatches(words[id], part); id++) ids.push(id);
  return ids;
}

/** The shard holding word `id`'s postings. */
export function shardOf(dictionary: SearchDictionary, id: number): number {
  const { shardFirst } = dictionary;
  let lo = 0;
  let hi = shardFirst.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (shardFirst[mid] <= id) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The shards a search for `parts` reads, ascending. A part's words are one run of the
 * dictionary, so its shards are those from its first word's to its last word's.
 */
export function shardsFor(dictionary: SearchDictionary, parts: readonly string[]): number[] {
  const shards = new Set<number>();
  for (const part of parts) {
    const ids = matchingWords(dictionary, part);
    if (ids.length === 0) continue;
    for (let shard = shardOf(dictionary, ids[0]); shard <= shardOf(dictionary, ids[ids.length - 1]); shard++) shards.add(shard);
  }
  return [...shards].sort((a, b) => a - b);
}

/**
 * The rows holding a word that matches `part`, as a set over the dataset's rows; every
 * shard `shardsFor` named must be in `shards`.
 */
export function partBits(dictionary: SearchDictionary, part: string, shards: ReadonlyMap<number, Uint8Array>): Bitset {
  const bits = new Uint32Array(bitmapBytes(dictionary.rows) / 4);
  const limit = dictionary.rows;
  for (const id of matchingWords(dictionary, part)) {
    const shard = shardOf(dictionary, id);
    const payload = shards.get(shard);
    if (payload === undefined) throw new Error(`shard ${shard} is needed but not loaded`);
    const start = dictionary.offsets[id];
    const end = start + dictionary.lengths[id];
    if (dictionary.kinds[id] === BITMAP) {
      const words = new Uint32Array(payload.buffer, payload.byteOffset + start, bits.length);
      for (let i = 0; i < bits.length; i++) bits[i] |= words[i];
      continue;
    }
    let row = -1;
    for (let i = start; i < end; ) {
      let value = payload[i++];
      if (value & 0x80) {
        value &= 0x7f;
        let shift = 7;
        let byte: number;
        do {
          byte = payload[i++];
          value += (byte & 0x7f) * 2 ** shift;
          shift += 7;
        } while (byte & 0x80 && i < end);
      }
      row = row === -1 ? value : row + value;
      if (row < limit) bits[row >>> 5] |= 1 << (row & 31);
    }
  }
  // A bitmap's bits past the last row count as rows in every count taken from the set; a damaged file must not add any.
  const tail = limit & 31;
  if (tail !== 0) bits[bits.length - 1] &= 0xffffffff >>> (32 - tail);
  return bits;
}

/**
 * The rows set in every one of `bitsets`, as a set over `rows` rows: a new set, the only
 * one itself (read-only), or every row for none.
 */
export const matchesOfAll = (bitsets: readonly Bitset[], rows: number): Bitset => intersection(bitsets) ?? fullBitset(rows);
