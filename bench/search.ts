/**
 * Full-text search at scale, in Node on the app's own code path (the index the prebuild
 * writes, `parseDictionary`/`parseShard` as the app checks the fetched files, and
 * `searchMatches` as the selection calls it): a synthetic dataset of report-length text
 * (90–140 words per incident, ~600–1000 characters, drawn from a Zipf vocabulary of
 * 100,000 made-up words, seeded) is indexed once per size and kept under bench/tmp with
 * a stamp; then a three-word query is typed one key at a time, each keystroke timed
 * from the query to the matching rows once the shards it needs are there (in the app
 * they arrive while the list already shows the titles' matches), and the reading and
 * checking of shards timed apart. `search-node-keystroke-1m-ms` is the slowest keystroke
 * (`browser-1m.ts` times keystrokes in Chromium).
 * Run alone: `npx tsx bench/search.ts [rows ...]`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseDictionary, parseShard, shardsFor } from '../src/analysis/search-index';
import { queryTerms } from '../src/analysis/text-match';
import { SEARCH_WORDS_FILE, shardFile } from '../src/domain/search-index-format';
import { queryParts } from '../src/domain/search-words';
import { searchMatches } from '../src/state/search-matches';
import { popcount } from '../src/analysis/bitset';
import { mulberry32 } from '../scripts/lib/seeded-random';
import { SearchIndexBuilder } from '../scripts/lib/search-index';
import { BENCH_TMP } from './corpus';
import { reportTexts, vocabulary } from './synthetic-text';
import type { LabelledIndex } from '../src/domain/label-column';

const SEED = 16;
/** Bump when the generator or the index format changes, so a cached index is rebuilt. */
const GENERATOR_VERSION = 3;
/** Vocabulary ranks of the query's words: a common, a middling and a rarer word. */
const QUERY_RANKS = [40, 400, 4000];

interface Stamp {
  version: number;
  rows: number;
  build: string;
  buildSeconds: number;
  bytes: number;
  shards: number;
}

const dirOf = (rows: number) => join(BENCH_TMP, `search-${rows}`);

/** The index of `rows` synthetic incidents, built now or read from an earlier run's stamp. */
async function syntheticSearchIndex(rows: number, words: readonly string[]): Promise<Stamp> {
  const dir = dirOf(rows);
  const stampFile = join(dir, 'stamp.json');
  try {
    const stamp = JSON.parse(await readFile(stampFile, 'utf8')) as Stamp;
    if (stamp.version === GENERATOR_VERSION && stamp.rows === rows) return stamp;
  } catch {
    // No index of this size yet: build it.
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const text = reportTexts(mulberry32(SEED + rows), words);
  const started = performance.now();
  const builder = new SearchIndexBuilder();
  for (let i = 0; i < rows; i++) builder.addRow(text());
  const build = `synthetic-search-${rows}`;
  const files = builder.finish(build);
  const buildSeconds = (performance.now() - started) / 1000;
  await writeFile(join(dir, SEARCH_WORDS_FILE), files.words);
  for (const [shard, bytes] of files.shards.entries()) await writeFile(join(dir, shardFile(shard)), bytes);
  const bytes = files.words.length + files.shards.reduce((sum, s) => sum + s.length, 0);
  const stamp: Stamp = { version: GENERATOR_VERSION, rows, build, buildSeconds, bytes, shards: files.shards.length };
  await writeFile(stampFile, JSON.stringify(stamp));
  return stamp;
}

async function bufferOf(path: string): Promise<ArrayBuffer> {
  const bytes = await readFile(path);
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

/** Each keystroke's time in ms, typing `query` into the index in `dir` from a fresh load. */
async function typeQuery(dir: string, build: string, query: string): Promise<{ keystrokes: number[]; dictionaryMs: number; shardsMs: number }> {
  let started = performance.now();
  const dictionary = parseDictionary(await bufferOf(join(dir, SEARCH_WORDS_FILE)), SEARCH_WORDS_FILE, build);
  const dictionaryMs = performance.now() - started;
  const shards = new Map<number, Uint8Array>();
  // Only the index's identity is read once the search index has loaded.
  const index = {} as LabelledIndex;
  const keystrokes: number[] = [];
  let shardsMs = 0;
  for (let typed = 1; typed <= query.length; typed++) {
    const terms = queryTerms(query.slice(0, typed));
    const loading = performance.now();
    for (const shard of shardsFor(dictionary, queryParts(terms))) {
      if (!shards.has(shard)) shards.set(shard, parseShard(await bufferOf(join(dir, shardFile(shard))), shardFile(shard), dictionary, shard));
    }
    shardsMs += performance.now() - loading;
    started = performance.now();
    const matches = searchMatches(index, { dictionary, shards }, terms);
    keystrokes.push(performance.now() - started);
    if (typed === query.length) console.log(`  "${query}" matches ${matches ? popcount(matches) : 0} rows`);
  }
  return { keystrokes, dictionaryMs, shardsMs };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchSearch(sizes: readonly number[] = [100_000, 1_000_000]): Promise<Record<string, number>> {
  const words = vocabulary(mulberry32(SEED));
  const query = QUERY_RANKS.map((rank) => words[rank]).join(' ');
  const figures: Record<string, number> = {};
  for (const rows of sizes) {
    const label = rows >= 1_000_000 ? `${rows / 1_000_000}m` : `${rows / 1000}k`;
    const stamp = await syntheticSearchIndex(rows, words);
    const { keystrokes, dictionaryMs, shardsMs } = await typeQuery(dirOf(rows), stamp.build, query);
    console.log(
      `search ${label}: index built in ${stamp.buildSeconds.toFixed(1)} s, ${(stamp.bytes / 2 ** 20).toFixed(1)} MiB in ${stamp.shards} shards; ` +
        `dictionary ${dictionaryMs.toFixed(0)} ms, shards ${shardsMs.toFixed(0)} ms; typing "${query}": ${keystrokes.map((ms) => ms.toFixed(1)).join(' ')} ms`,
    );
    figures[`search-index-build-${label}-s`] = stamp.buildSeconds;
    figures[`search-index-${label}-mb`] = stamp.bytes / 2 ** 20;
    figures[`search-dictionary-load-${label}-ms`] = dictionaryMs;
    figures[`search-shards-${label}-ms`] = shardsMs;
    figures[`search-node-keystroke-${label}-ms`] = Math.max(...keystrokes);
    figures[`search-node-keystroke-median-${label}-ms`] = median(keystrokes);
  }
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  console.log(await benchSearch(sizes.length > 0 ? sizes : undefined));
}
