import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDictionary, parseShard, partBits, matchesOfAll } from '../../src/analysis/search-index';
import { toIndices } from '../../src/analysis/bitset';
import { queryParts } from '../../src/domain/search-words';
import type { SearchDictionary } from '../../src/analysis/search-index';
import { SEARCH_WORDS_FILE, shardFile } from '../../src/domain/search-index-format';
import { SearchIndexBuilder } from '../../scripts/lib/search-index';
import type { SearchIndexFiles } from '../../scripts/lib/search-index';

export const BUILD = 'test-build';

/** The index files of `texts`, one row each. */
export function indexFiles(texts: readonly string[], shardTargetBytes?: number): SearchIndexFiles {
  const builder = new SearchIndexBuilder();
  for (const text of texts) builder.addRow(text);
  return builder.finish(BUILD, shardTargetBytes);
}

/** A copy of `bytes` in an ArrayBuffer of its own, as `fetch` gives one (a Buffer's `slice` would share Node's pool). */
export function bufferOf(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

/** The dictionary and every shard of `files`, read as the app reads them. */
export function loadAll(files: SearchIndexFiles): { dictionary: SearchDictionary; shards: Map<number, Uint8Array> } {
  const dictionary = parseDictionary(bufferOf(files.words), SEARCH_WORDS_FILE, BUILD);
  const shards = new Map(files.shards.map((bytes, shard) => [shard, parseShard(bufferOf(bytes), shardFile(shard), dictionary, shard)]));
  return { dictionary, shards };
}

/** The search index the prebuild wrote into `dir`, every shard loaded, for dataset `build`. */
export function loadDir(dir: string, build: string): { dictionary: SearchDictionary; shards: Map<number, Uint8Array> } {
  const read = (file: string) => bufferOf(readFileSync(join(dir, file)));
  const dictionary = parseDictionary(read(SEARCH_WORDS_FILE), SEARCH_WORDS_FILE, build);
  const count = dictionary.shardFirst.length - 1;
  const shards = new Map(Array.from({ length: count }, (_, shard) => [shard, parseShard(read(shardFile(shard)), shardFile(shard), dictionary, shard)]));
  return { dictionary, shards };
}

/** The rows of the index in `dir` that `query` matches. */
export function searchDir(dir: string, build: string, query: string): number[] {
  const { dictionary, shards } = loadDir(dir, build);
  const parts = queryParts(query.toLowerCase().split(/\s+/).filter(Boolean));
  return Array.from(toIndices(matchesOfAll(parts.map((part) => partBits(dictionary, part, shards)), dictionary.rows)));
}
