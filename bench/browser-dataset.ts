/**
 * A 100,000-incident dataset for the browser benchmark when the 100k prebuild did not
 * run: the index from `syntheticIndex(100000, 1)`, with a search index and a
 * `build-report.json` aligned with it. The files are read back as the app reads them
 * before they are written, so the app accepts them as it accepts a prebuild's output.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BuildReportSchema } from '../src/domain/schema';
import { SEARCH_WORDS_FILE, shardFile } from '../src/domain/search-index-format';
import { writeIndexFiles } from '../scripts/lib/index-writer';
import { buildSearchIndex } from '../scripts/lib/search-index';
import { BENCH_TMP } from './corpus';
import { syntheticIndex } from './synthetic-index';

export const BROWSER_DATASET_SIZE = 100_000;
const SEED = 1;

export async function writeSyntheticDataset(): Promise<string> {
  const dir = join(BENCH_TMP, 'synthetic-100k');
  const index = syntheticIndex(BROWSER_DATASET_SIZE, SEED);
  const search = buildSearchIndex(index.build, index.title, index.organizations, index.title.map((title) => `${title}. ${title.toLowerCase()}`));
  const report = BuildReportSchema.parse({
    build: index.build,
    summary: { inputs: index.count, incidents: index.count, duplicates: 0, skipped: 0, warnings: 0 },
    inputs: index.id.map((id) => ({ source: `synthetic/${id}.txt`, status: 'ok', incident: id, diagnostics: [] })),
  });
  await mkdir(dir, { recursive: true });
  writeIndexFiles(dir, index);
  await writeFile(join(dir, SEARCH_WORDS_FILE), search.words);
  for (const [shard, bytes] of search.shards.entries()) await writeFile(join(dir, shardFile(shard)), bytes);
  await writeFile(join(dir, 'build-report.json'), JSON.stringify(report));
  return dir;
}
