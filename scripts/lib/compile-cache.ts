/**
 * The compile cache: what the prebuild made of each page and CSV export, kept between
 * runs so a run compiles only new and changed inputs. An input is found again by its
 * source name and its bytes (SHA-256), under the fingerprint of the compiler that made
 * it: what a page or export compiles to depends on nothing else. The file's stamp
 * (file-stamp.ts), at the same path, spares reading unchanged bytes again.
 *
 * On disk, below `<dir>/<fingerprint>/`: `index-<nn>.bin`, the entries of the latest run
 * split by source into 64 files, each behind a checksum, pages' entries in columns
 * (cache-index-columns.ts); and `records/<hash>`, the record text of each compiled page,
 * which the dataset's `incidents/<id>.json` becomes a hard link to (a page compiled now
 * has its record written into the build, and the cache takes that file under a second
 * name). Entries keep each incident's words (document-words.ts) as numbers in
 * `vocabulary.bin`, which only grows: a run that meets new words appends them as a new
 * generation, and each index file names the generation it is numbered in, so an index
 * file numbered in a vocabulary that is not an ancestor of the one on disk (another
 * run's, written meanwhile) is not used. Once most of its words are no longer used, the
 * vocabulary starts afresh and every index file is written again. All are written under
 * a temporary name and renamed, or linked in once whole, so two runs at once leave each
 * file whole, from one run or the other; a file that fails its checksum is read as
 * empty. Each run keeps only what it used: entries of other inputs, their records and
 * other compilers' folders are deleted once its index is written. Nothing else in `dir`
 * is ever touched.
 *
 * Beside the index, `published-<target>.bin` says, per dataset this compiler published,
 * what it was built from and what it holds (published-dataset.ts), so a run with nothing
 * new to do finds out without reading the index at all. In `dir` itself, `dataset/`
 * holds the records of the dataset last replaced, for the next build to start from
 * (dataset-output.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic } from '../../src/domain/schema';
import { entriesOf, type IndexColumns, indexColumns, type SharedLists } from './cache-index-columns';
import type { CsvSink } from './compile-csv';
import type { CompiledPage } from './compile-page';
import type { PlacedInput } from './dataset-builder';
import { forEachWord, packedWithin, renumbered, type StagedWords, Vocabulary } from './document-words';
import { type FileStamp, unchangedSince } from './file-stamp';
import { errorCode } from './output-lock';
import { isRecordFile, RECORDS_DIR as DATASET_RECORDS_DIR } from './dataset-output-plan';
import type { InputFile } from './input-files';
import type { Staged } from './prepared-input';
import { type FileIdentity, isPublishedDataset, type PublishedDataset } from './published-dataset';

/** A record file of the cache, as it was when written: a file changed since is not used. */
export interface RecordFile {
  name: string;
  size: number;
  ino: bigint;
  mtimeNs: bigint;
}

/** A record file a run wrote into its build, and which file it is. */
export interface WrittenRecord {
  path: string;
  identity: FileIdentity;
}

/** A row or file-level entry of a CSV export, in the order the export gave them. */
export type CsvEvent = { add: string; staged: Staged } | { skip: string; diagnostics: Diagnostic[] };

interface Keyed {
  source: string;
  path: string;
  stamp: FileStamp;
  digest: string;
}

export type CacheEntry =
  | (Keyed & { kind: 'page'; input: PlacedInput | null; diagnostics: Diagnostic[]; record: RecordFile | null })
  | (Keyed & { kind: 'csv'; events: CsvEvent[] });

const MAGIC = Buffer.from('faultline-compile-cache-3\n');
const VOCABULARY_MAGIC = Buffer.from('faultline-vocabulary-1\n');
const VOCABULARY_FILE = 'vocabulary.bin';
/** Generations of the vocabulary kept: an index file numbered in an older one is written again. */
const GENERATIONS = 64;
/** Unused words the vocabulary may hold beside those in use before it starts afresh. */
const MIN_UNUSED_WORDS = 4096;
const CHECKSUM_BYTES = 32;
/**
 * The index is split by source into this many files, so a run that changes a few inputs
 * rewrites a few small files, not one the size of the whole cache.
 */
const INDEX_SHARDS = 64;
const indexFile = (shard: number) => `index-${shard.toString(16).padStart(2, '0')}.bin`;
const INDEX_FILE = /^index-[0-9a-f]{2}\.bin$/;
const RECORDS_DIR = 'records';
const FINGERPRINT_DIR = /^[0-9a-f]{16}$/;
const RECORD_FILE = /^[0-9a-f]{40}$/;
const PUBLISHED_MAGIC = Buffer.from('faultline-published-1\n');
const PUBLISHED_FILE = /^published-[0-9a-f]{16}\.bin$/;
const SPARE_NAME = 'dataset';
/** A spare (spareFolder) a run was making; a unique name beside it, renamed to it once whole. */
const SPARE_IN_MAKING = /^dataset\.[A-Za-z0-9]{6,}$/;
const TEMPORARY_FILE = /^(?:[0-9a-f]{40}|index-[0-9a-f]{2}\.bin|vocabulary\.bin|published-[0-9a-f]{16}\.bin)\.[0-9]+\.[0-9a-f]{12}\.tmp$/;

/** The index file a source's entry is kept in (FNV-1a of its UTF-16 code units). */
function shardOf(source: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % INDEX_SHARDS;
}

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();
/** The file that says what the dataset at `target` (a real path) was published from. */
const publishedFile = (target: string) => `published-${sha256(Buffer.from(target)).toString('hex').slice(0, 16)}.bin`;
/**
 * The folder, in the cache at `root`, where the records of the dataset last replaced are
 * kept for the next build to start from. One for every dataset built with the cache: a
 * build keeps only the records that are what it would write, so the records of another
 * dataset cost it no more than a fresh folder.
 */
export const spareFolder = (root: string): string => join(root, SPARE_NAME);
/** Drawn once a run: a random draw for each of ten thousand records costs more than writing them. */
let runToken: string | null = null;
let temporaries = 0;
/** A name beside `name` that no other write uses: the pid and the run's token tell runs apart, a counter the files of one run. */
const temporaryName = (name: string) => {
  runToken ??= randomBytes(3).toString('hex');
  const count = (temporaries++ % 0x1000000).toString(16).padStart(6, '0');
  return `${name}.${process.pid}.${runToken}${count}.tmp`;
};

/** What a checksummed file of the cache holds after its magic and checksum; null when it is not a whole file this code wrote. */
function payloadOf(bytes: Buffer, magic: Buffer): Buffer | null {
  const payload = bytes.subarray(magic.length + CHECKSUM_BYTES);
  const intact = bytes.length >= magic.length + CHECKSUM_BYTES && bytes.subarray(0, magic.length).equals(magic) && bytes.subarray(magic.length, magic.length + CHECKSUM_BYTES).equals(sha256(payload));
  return intact ? payload : null;
}

const checksummed = (magic: Buffer, payload: Buffer) => Buffer.concat([magic, sha256(payload), payload]);

/** An index file's entries and the vocabulary generation they are numbered in. */
export interface IndexContents {
  generation: string;
  entries: Map<string, CacheEntry>;
}

/** The entries of an index file's bytes, and their generation; none when they are not a whole index this code wrote. */
export function parseIndex(bytes: Buffer, shared: SharedLists = new Map()): IndexContents {
  const none = { generation: '', entries: new Map<string, CacheEntry>() };
  const payload = payloadOf(bytes, MAGIC);
  if (payload === null) return none;
  try {
    const { generation, columns } = deserialize(payload) as { generation?: unknown; columns?: IndexColumns };
    if (typeof generation !== 'string' || columns === undefined) return none;
    return { generation, entries: new Map(entriesOf(columns, shared).map((e) => [e.source, e])) };
  } catch {
    return none;
  }
}

export function indexBytes(entries: Iterable<CacheEntry>, generation: string): Buffer {
  return checksummed(MAGIC, serialize({ generation, columns: indexColumns(entries) }));
}

/** The vocabulary's words and its generations, oldest first; empty when there is none whole. */
export function parseVocabulary(bytes: Buffer): { words: string[]; generations: string[] } {
  const none = { words: [], generations: [] };
  const payload = payloadOf(bytes, VOCABULARY_MAGIC);
  if (payload === null) return none;
  try {
    const { words, generations } = deserialize(payload) as { words?: unknown; generations?: unknown };
    if (typeof words !== 'string' || !Array.isArray(generations) || !generations.every((g) => typeof g === 'string')) return none;
    return { words: words === '' ? [] : words.split('\n'), generations };
  } catch {
    return none;
  }
}

/**
 * What the cache of compiler `fingerprint` in `root` says the dataset at `target` was
 * published from; null when it says nothing, or nothing whole. Reads nothing else of
 * the cache.
 */
export function readPublished(root: string, fingerprint: string, target: string): PublishedDataset | null {
  try {
    const payload = payloadOf(readFileSync(join(root, fingerprint.slice(0, 16), publishedFile(target))), PUBLISHED_MAGIC);
    if (payload === null) return null;
    const published: unknown = deserialize(payload);
    return isPublishedDataset(published) && published.target === target ? published : null;
  } catch {
    return null;
  }
}

export const vocabularyBytes = (words: readonly string[], generations: readonly string[]): Buffer =>
  checksummed(VOCABULARY_MAGIC, serialize({ words: words.join('\n'), generations }));

/**
 * Puts at `path` the file `make` creates under a temporary name beside it, in one rename
 * over whatever is there: whole or not at all, whatever else writes there meanwhile.
 */
function replaceAtomically(path: string, make: (temporary: string) => void): void {
  const temporary = temporaryName(path);
  try {
    make(temporary);
    renameSync(temporary, path);
  } catch (cause) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never written, or already renamed.
    }
    throw cause;
  }
}

/** Writes `bytes` at `path` whole or not at all, whatever else writes there meanwhile. */
const writeAtomically = (path: string, bytes: Uint8Array): void => replaceAtomically(path, (temporary) => writeFileSync(temporary, bytes));

/** Whether a file that is `identity` is the record file `record`, unchanged since it was written. */
export const identifiesRecord = (identity: FileIdentity, record: RecordFile): boolean =>
  identity.size === BigInt(record.size) && identity.ino === record.ino && identity.mtimeNs === record.mtimeNs;

/** Whether the file at `path` is the record file `record`, unchanged since it was written. */
export const sameRecordFile = (path: string, record: RecordFile): boolean => {
  try {
    const now = lstatSync(path, { bigint: true });
    return now.isFile() && identifiesRecord(now, record);
  } catch {
    return false;
  }
};

export class CompileCache {
  private readonly dir: string;
  private readonly records: string;
  private readonly known = new Map<string, CacheEntry>();
  private readonly used = new Map<string, CacheEntry>();
  /** Index files whose entries this run changed. */
  private readonly changed = new Set<number>();
  /** Per index file, the vocabulary generation its entries are numbered in. */
  private readonly generationOf: string[] = [];
  /** The generations of the vocabulary read, oldest first. */
  private readonly generations: string[];
  /** How many words the vocabulary held when read. */
  private readonly wordsRead: number;
  /** The words entries are numbered in: what this run's inputs are numbered in too. */
  readonly vocabulary: Vocabulary;
  /** Whether this run made sure the records folder exists. */
  private recordsMade = false;
  /** Inputs found in the cache, and compiled, this run. */
  hits = 0;
  compiled = 0;

  /** The cache of the compiler `fingerprint` in `dir`; an unreadable index is an empty cache. */
  constructor(
    private readonly root: string,
    private readonly fingerprint: string,
  ) {
    this.dir = join(root, fingerprint.slice(0, 16));
    this.records = join(this.dir, RECORDS_DIR);
    const read = (name: string): Buffer | null => {
      try {
        return readFileSync(join(this.dir, name));
      } catch {
        // No cache yet, or none readable: its inputs are compiled.
        return null;
      }
    };
    const vocabularyFile = read(VOCABULARY_FILE);
    const { words, generations } = vocabularyFile === null ? { words: [], generations: [] } : parseVocabulary(vocabularyFile);
    this.vocabulary = new Vocabulary(words);
    this.wordsRead = words.length;
    this.generations = generations;
    const lists: SharedLists = new Map();
    for (let shard = 0; shard < INDEX_SHARDS; shard++) {
      const bytes = read(indexFile(shard));
      if (bytes === null) continue;
      const { generation, entries } = parseIndex(bytes, lists);
      // Numbered in a vocabulary this one does not extend: its words would read as others.
      if (!generations.includes(generation)) continue;
      this.generationOf[shard] = generation;
      for (const [source, entry] of entries) if (shardOf(source) === shard) this.known.set(source, entry);
    }
  }

  /**
   * Whether an entry's words are whole and in their vocabulary: a damaged one is compiled
   * again. A page's are numbered in the cache's vocabulary, which its index file names the
   * generation of: a file whose bytes pass its checksum, numbered in a generation the
   * vocabulary extends, holds none but whole words of it.
   */
  private wordsIntact(entry: CacheEntry): boolean {
    // An export's rows are compiled on this thread, their words in vocabularies of their own: none is kept numbered in another.
    return entry.kind === 'page' || entry.events.every((e) => !('add' in e) || e.staged.input === null || (typeof e.staged.input.words !== 'string' && packedWithin(e.staged.input.words.packed, e.staged.input.words.words.length)));
  }

  /**
   * What the cache holds for `file` compiled as `kind`, or null when it must be compiled:
   * an entry of the same source whose stamp shows the file at the same path unchanged, or
   * whose bytes are still the ones compiled (a project moved or cloned afresh is read
   * again, not compiled). `now` is the file's stamp taken this run, before reading it;
   * null when it could not be taken. A page's record file is checked when it is placed.
   */
  lookup(file: InputFile, kind: 'page' | 'csv', now: FileStamp | null): CacheEntry | null {
    const entry = this.known.get(file.source);
    if (entry === undefined || entry.kind !== kind || now === null || !this.wordsIntact(entry)) return null;
    let stamp = now;
    try {
      if (entry.path !== file.path || !unchangedSince(entry.stamp, stamp)) {
        if (createHash('sha256').update(readFileSync(file.path)).digest('hex') !== entry.digest) return null;
        this.changed.add(shardOf(file.source));
      } else stamp = entry.stamp;
    } catch {
      return null;
    }
    const current = { ...entry, path: file.path, stamp };
    this.used.set(file.source, current);
    this.hits += 1;
    return current;
  }

  /**
   * Keeps a page just compiled, as `placed` with its words numbered; says where its
   * record's text is kept, null when it is not. `written` is its record as this run wrote
   * it into the build, if it did: the cache keeps that file under a second name.
   */
  keepPage(file: InputFile, { staged, read }: CompiledPage, placed: PlacedInput | null, written: WrittenRecord | null = null): RecordFile | null {
    this.compiled += 1;
    if (read === null) return null;
    const { input, diagnostics } = staged;
    const record = input === null ? null : written === null ? this.writeRecord(input.hash, input.record) : this.adoptRecord(input.hash, written, input.record);
    if (input !== null && record === null) return null;
    this.keep({ kind: 'page', source: file.source, path: file.path, ...read, input: placed, diagnostics, record });
    return record;
  }

  /** Keeps a page found in the cache but compiled again, as its record file was not as written. */
  keepRecompiled(file: InputFile, page: CompiledPage, placed: PlacedInput | null): RecordFile | null {
    this.hits -= 1;
    return this.keepPage(file, page, placed);
  }

  /** Keeps a CSV export just compiled through a recorder, unless it was not read whole or held too much to keep. */
  keepCsv(file: InputFile, read: { stamp: FileStamp; digest: string } | null, events: CsvEvent[] | null): void {
    this.compiled += 1;
    if (read !== null && events !== null) this.keep({ kind: 'csv', source: file.source, path: file.path, ...read, events });
  }

  private keep(entry: CacheEntry): void {
    this.used.set(entry.source, entry);
    this.changed.add(shardOf(entry.source));
  }

  /**
   * Writes what the dataset this run published was built from and holds, for the next
   * run to compare with; says why when it could not.
   */
  keepPublished(published: PublishedDataset): string | null {
    try {
      mkdirSync(this.dir, { recursive: true });
      writeAtomically(join(this.dir, publishedFile(published.target)), checksummed(PUBLISHED_MAGIC, serialize(published)));
      return null;
    } catch (cause) {
      return (cause as Error).message;
    }
  }

  /** Makes sure the records folder exists, once a run: a first build keeps ten thousand records, and asking each time costs two system calls. */
  private makeRecordsFolder(): void {
    if (!this.recordsMade) mkdirSync(this.records, { recursive: true });
    this.recordsMade = true;
  }

  /** The record text under `name`, written afresh; null when it cannot be written. */
  private writeRecord(name: string, bytes: Uint8Array): RecordFile | null {
    const path = join(this.records, name);
    try {
      this.makeRecordsFolder();
      writeAtomically(path, bytes);
      const { ino, mtimeNs } = lstatSync(path, { bigint: true });
      return { name, size: bytes.length, ino, mtimeNs };
    } catch {
      return null;
    }
  }

  /**
   * The record text under `name` as a second name of the file this run wrote into its
   * build (`written`, whose text is `bytes`): one link, where writing it here too costs a
   * file, a rename and a status. The file is whole before it has this name, so a run
   * stopped at any point leaves no part of a record in the cache. Where no link can be
   * made (another file system, say), the text is written afresh; null when it cannot be.
   */
  private adoptRecord(name: string, { path, identity }: WrittenRecord, bytes: Uint8Array): RecordFile | null {
    const at = join(this.records, name);
    try {
      this.makeRecordsFolder();
      try {
        linkSync(path, at);
      } catch (cause) {
        if (errorCode(cause) !== 'EEXIST') throw cause;
        // The same text kept before, by this run or another: replaced in one step, so it is never missing meanwhile.
        replaceAtomically(at, (temporary) => linkSync(path, temporary));
      }
      return { name, size: Number(identity.size), ino: identity.ino, mtimeNs: identity.mtimeNs };
    } catch {
      return this.writeRecord(name, bytes);
    }
  }

  /**
   * Makes `path` a name of the record file `record` ('linked'), a copy where the two are on
   * different file systems ('copied'); false when the record file is gone or changed
   * (another run pruned it).
   */
  placeRecord(record: RecordFile, path: string): 'linked' | 'copied' | false {
    const from = join(this.records, record.name);
    if (!sameRecordFile(from, record)) return false;
    try {
      linkSync(from, path);
    } catch (cause) {
      const code = errorCode(cause);
      if (code === 'EEXIST') {
        // An earlier input's record of the same incident, which this one replaces: unlinked, never written over.
        unlinkSync(path);
        return this.placeRecord(record, path);
      }
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') return false;
      rmSync(path, { force: true });
      copyFileSync(from, path, constants.COPYFILE_EXCL);
      return 'copied';
    }
    return 'linked';
  }

  /**
   * Writes this run's index (when it changed) and deletes what it no longer names:
   * record files of inputs this run did not see, and the folders of other compilers.
   * A cache that cannot be written only costs the next run its hits.
   */
  save(): string | null {
    try {
      const shards = Array.from({ length: INDEX_SHARDS }, () => ({ used: [] as CacheEntry[], known: 0 }));
      for (const source of this.known.keys()) shards[shardOf(source)].known += 1;
      mkdirSync(this.dir, { recursive: true });
      const generation = this.saveVocabulary();
      for (const entry of this.used.values()) shards[shardOf(entry.source)].used.push(entry);
      shards.forEach(({ used, known }, shard) => {
        if (!this.changed.has(shard) && used.length === known && (known === 0 || this.generations.includes(this.generationOf[shard]))) return;
        if (used.length > 0) writeAtomically(join(this.dir, indexFile(shard)), indexBytes(used, generation));
        else rmSync(join(this.dir, indexFile(shard)), { force: true });
      });
      this.prune();
      return null;
    } catch (cause) {
      return (cause as Error).message;
    }
  }

  /**
   * Writes the vocabulary when this run added words to it, as a new generation, or
   * afresh with only the words in use once most are not; says the generation index files
   * written now are numbered in. Generations left behind are dropped from the list, so
   * index files numbered in them are written again.
   */
  private saveVocabulary(): string {
    const { words } = this.vocabulary;
    const inUse = new Uint8Array(words.length);
    let used = 0;
    const use = (id: number) => {
      if (inUse[id] === 0) used += 1;
      inUse[id] = 1;
    };
    // An export's rows keep words of their own, numbered afresh on every run.
    for (let id = 0; id < words.length; id++) if (this.vocabulary.numbered(id)) use(id);
    for (const entry of this.used.values()) if (entry.kind === 'page' && entry.input !== null) forEachWord(entry.input.words, use);
    const fresh = randomBytes(8).toString('hex');
    if (words.length - used > Math.max(used, MIN_UNUSED_WORDS)) {
      const numberOf = new Int32Array(words.length);
      const kept: string[] = [];
      words.forEach((word, id) => {
        if (inUse[id] === 1) numberOf[id] = kept.push(word) - 1;
      });
      for (const entry of this.used.values()) {
        if (entry.kind === 'page' && entry.input !== null) this.used.set(entry.source, { ...entry, input: { ...entry.input, words: renumbered(entry.input.words, numberOf) } });
      }
      this.generations.splice(0, this.generations.length, fresh);
      writeAtomically(join(this.dir, VOCABULARY_FILE), vocabularyBytes(kept, this.generations));
      for (let shard = 0; shard < INDEX_SHARDS; shard++) this.changed.add(shard);
      return fresh;
    }
    if (words.length > this.wordsRead || this.generations.length === 0) {
      this.generations.push(fresh);
      this.generations.splice(0, Math.max(0, this.generations.length - GENERATIONS));
      writeAtomically(join(this.dir, VOCABULARY_FILE), vocabularyBytes(words, this.generations));
    }
    return this.generations[this.generations.length - 1];
  }

  private prune(): void {
    const kept = new Set<string>();
    for (const entry of this.used.values()) if (entry.kind === 'page' && entry.record !== null) kept.add(entry.record.name);
    removeOwnFiles(this.records, (name) => (RECORD_FILE.test(name) && !kept.has(name)) || leftOver(this.records, name));
    removeOwnFiles(this.dir, (name) => leftOver(this.dir, name));
    const mine = this.fingerprint.slice(0, 16);
    for (const name of readdirSync(this.root)) {
      if (SPARE_IN_MAKING.test(name) && leftOver(this.root, name)) {
        // Links for a spare that a stopped run never moved into place.
        const folder = join(this.root, name);
        removeOwnFiles(join(folder, DATASET_RECORDS_DIR), isRecordFile);
        removeFolders([join(folder, DATASET_RECORDS_DIR), folder]);
      }
      if (name === mine || !FINGERPRINT_DIR.test(name)) continue;
      const other = join(this.root, name);
      removeOwnFiles(join(other, RECORDS_DIR), (file) => RECORD_FILE.test(file) || TEMPORARY_FILE.test(file));
      removeOwnFiles(other, (file) => INDEX_FILE.test(file) || file === VOCABULARY_FILE || PUBLISHED_FILE.test(file) || TEMPORARY_FILE.test(file));
      removeFolders([join(other, RECORDS_DIR), other]);
    }
  }
}

/** Removes each folder, in order, where it is empty. */
function removeFolders(folders: readonly string[]): void {
  for (const dir of folders) {
    try {
      rmdirSync(dir);
    } catch {
      // Holds something the cache did not write, or is already gone.
    }
  }
}

/** A temporary file another run may still be about to rename is this young. */
const LEFT_OVER_MS = 60 * 60 * 1000;

/** A temporary file, or a spare being made, of a run that stopped before renaming it. */
function leftOver(dir: string, name: string): boolean {
  if (!TEMPORARY_FILE.test(name) && !SPARE_IN_MAKING.test(name)) return false;
  const stat = lstatSync(join(dir, name), { throwIfNoEntry: false });
  return stat !== undefined && stat.mtimeMs < Date.now() - LEFT_OVER_MS;
}

/** Deletes the files of `dir` whose names `own` accepts; a file another run deleted first is no matter. */
function removeOwnFiles(dir: string, own: (name: string) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!own(name)) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Gone already.
    }
  }
}

/**
 * What an export's rows may hold in memory to be kept in the cache: an export is streamed
 * a row at a time so that one of any size compiles in a small heap, and a larger one is
 * compiled on every run instead.
 */
export const MAX_KEPT_CSV_BYTES = 8 << 20;

/** Roughly what one row's words cost to hold. */
const wordBytes = (words: StagedWords) => (typeof words === 'string' ? words.length : words.packed.length + words.words.reduce((sum, word) => sum + 32 + 2 * word.length, 0));

/** Roughly what one row costs to hold: its record, words and shingles, and the objects around them. */
const heldBytes = ({ input, diagnostics }: Staged) => 512 + diagnostics.length * 128 + (input === null ? 0 : input.record.byteLength + wordBytes(input.words) + input.print.byteLength);

/**
 * A sink that passes a CSV export's rows on to `sink` and keeps them, in order, for the
 * cache; `events()` is null once they outgrew MAX_KEPT_CSV_BYTES.
 */
export function recorder(sink: CsvSink): { sink: CsvSink; events: () => CsvEvent[] | null } {
  let events: CsvEvent[] | null = [];
  let held = 0;
  const keep = (event: CsvEvent, bytes: number) => {
    held += bytes;
    if (held > MAX_KEPT_CSV_BYTES) events = null;
    events?.push(event);
  };
  return {
    events: () => events,
    sink: {
      add: (source, staged) => {
        keep({ add: source, staged }, heldBytes(staged));
        sink.add(source, staged);
      },
      skip: (source, diagnostics) => {
        keep({ skip: source, diagnostics }, 512);
        sink.skip(source, diagnostics);
      },
    },
  };
}

/** Passes a kept CSV export's rows to `sink` as compiling it did. */
export function replay(events: readonly CsvEvent[], sink: CsvSink): void {
  for (const event of events) {
    if ('add' in event) sink.add(event.add, event.staged);
    else sink.skip(event.skip, event.diagnostics);
  }
}
