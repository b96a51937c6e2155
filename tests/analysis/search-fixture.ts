import { parseDictionary, parseShard } from '../../src/analysis/search-index';
import type { SearchDictionary } from '../../src/analysis/search-index';
import { SEARCH_WORDS_FILE, shardFile } from '../../src/analysis/search-index-format';
import { SearchIndexBuilder } from '../../scripts/lib/search-index';
import type { SearchIndexFiles } from '../../scripts/lib/search-index';

export const BUILD = 'test-build';

/** The index files of `texts`, one row each. */
export function indexFiles(texts: readonly string[], shardTargetBytes?: number): SearchIndexFiles {
  const builder = new SearchIndexBuilder();
  for (const text of texts) builder.addRow(text);
  return builder.finish(BUILD, shardTargetBytes);
}

/** A copy of `bytes` in an ArrayBuffer of its own, as `fetch` gives one. */
export const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

/** The dictionary and every shard of `files`, read as the app reads them. */
export function loadAll(files: SearchIndexFiles): { dictionary: SearchDictionary; shards: Map<number, Uint8Array> } {
  const dictionary = parseDictionary(bufferOf(files.words), SEARCH_WORDS_FILE, BUILD);
  const shards = new Map(files.shards.map((bytes, shard) => [shard, parseShard(bufferOf(bytes), shardFile(shard), dictionary, shard)]));
  return { dictionary, shards };
}
