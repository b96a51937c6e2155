/**
 * The binary layout of the full-text search index, shared by the prebuild that writes it
 * and the app that reads it. Everything is little-endian and every section starts on a
 * 4-byte boundary, so the app reads columns as typed-array views of the fetched buffer.
 *
 * `search-words.bin`: header, then the sorted dictionary as UTF-8 words joined by "\n";
 * per word its postings' byte offset within its shard, byte length, row count and
 * encoding (u32, u32, u32, u8 columns); each shard's first word (shards + 1 entries) and
 * FNV-1a checksum. A query word matches the words starting with it, one run of the
 * sorted dictionary, so its postings (or its prefix summary) lie in one run of
 * consecutive shards.
 *
 * Keys starting with `SUMMARY_MARK` are prefix summaries, not words.
 *
 * `search-postings-NNNN.bin`: header, then the postings of a run of consecutive words.
 * A posting list is either the rows as varints (the first row, then each gap) or, where
 * that would be larger, a bitmap of every row (bit `row % 32` of u32 `row / 32`).
 */
export const SEARCH_WORDS_FILE = 'search-words.bin';
/** 2: no trigram table, as a query word matches the start of a word. */
export const SEARCH_VERSION = 2;
export const WORDS_MAGIC = 'FLSW';
export const SHARD_MAGIC = 'FLSP';
export const MAX_BUILD_BYTES = 64;

/** The postings of one shard file: large enough for few requests, small enough that a query fetches little it does not use. */
export const SHARD_TARGET_BYTES = 2 << 20;

/** How a word's posting list is written: `VARINT` or `BITMAP`. */
export const VARINT = 0;
export const BITMAP = 1;

/** magic, version, build length, build bytes, then the counts in `WordsHeader` order. */
export const WORDS_COUNTS_AT = 12 + MAX_BUILD_BYTES;
export const WORDS_HEADER_BYTES = WORDS_COUNTS_AT + 4 * 4;
/** magic, version, build length, build bytes, shard number, payload bytes. */
export const SHARD_HEADER_BYTES = 12 + MAX_BUILD_BYTES + 8;

export interface WordsHeader {
  rows: number;
  words: number;
  shards: number;
  wordTextBytes: number;
}
export const WORDS_HEADER_FIELDS: readonly (keyof WordsHeader)[] = ['rows', 'words', 'shards', 'wordTextBytes'];

/** The shard file holding postings number `shard`. */
export const shardFile = (shard: number): string => `search-postings-${String(shard).padStart(4, '0')}.bin`;
export const SHARD_FILE = /^search-postings-\d{4,}\.bin$/;

/**
 * The dictionary key of a prefix summary: the rows of every word starting with `prefix`
 * (one or two characters), as one bitmap. The prebuild writes one wherever those words'
 * postings together are larger than `SUMMARY_BITMAPS` bitmaps, so the first keystrokes
 * of a query read one bitmap instead of decoding a large part of the index. No word
 * starts with this character, and it sorts before every word.
 */
export const SUMMARY_MARK = '\u0001';
export const SUMMARY_BITMAPS = 2;
export const summaryKey = (prefix: string): string => SUMMARY_MARK + prefix;

/** Bytes of a bitmap over `rows` rows. */
export const bitmapBytes = (rows: number): number => Math.ceil(rows / 32) * 4;

export const align4 = (n: number): number => (n + 3) & ~3;

/**
 * FNV-1a over `bytes` taken four at a time (little-endian words, then the last few
 * bytes one by one): cheap enough to check every shard as it arrives.
 */
export function checksum(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  const whole = bytes.length >>> 2;
  const words = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, whole) : new Uint32Array(bytes.slice(0, whole * 4).buffer);
  for (let i = 0; i < whole; i++) hash = Math.imul(hash ^ words[i], 0x01000193);
  for (let i = whole * 4; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return hash >>> 0;
}
