/**
 * The 1,000,000-incident dataset the browser benchmark loads at that size: the index
 * from `syntheticIndex`, and a search index of each incident's title, organizations and
 * report-length made-up text (`synthetic-text.ts`), with the build report aligned with
 * them. Writing it takes minutes, so it is kept in `bench/corpus/synthetic-1m` and
 * written again only when its stamp (size, seed, and the generator and format sources)
 * changes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { organizationsOfRow, BuildReportSchema } from '../src/domain/schema';
import { SEARCH_WORDS_FILE, shardFile } from '../src/domain/search-index-format';
import { mulberry32 } from '../scripts/lib/seeded-random';
import { writeIndexFiles } from '../scripts/lib/index-writer';
import { SearchIndexBuilder } from '../scripts/lib/search-index';
import { ROOT } from './corpus';
import { syntheticIndex } from './synthetic-index';
import { reportTexts, vocabulary } from './synthetic-text';

export const SIZE_1M = 1_000_000;
const SEED = 1;
const DIR = join(ROOT, 'bench', 'corpus', 'synthetic-1m');
const STAMP = `${DIR}.stamp.json`;
const GENERATOR_INPUTS = [
  'bench/synthetic-dataset.ts',
  'bench/synthetic-index.ts',
  'bench/synthetic-text.ts',
  'src/domain/schema.ts',
  'src/domain/index-files.ts',
  'scripts/lib/index-writer.ts',
  'src/domain/taxonomy.ts',
  'src/domain/search-index-format.ts',
  'src/domain/search-words.ts',
  'scripts/lib/search-index.ts',
];
const TEXT_SEED = 16;
const words = vocabulary(mulberry32(TEXT_SEED));
/** A common, a middling and a rarer word of the text's vocabulary: what the benchmark searches for. */
export const SEARCH_1M = [40, 400, 4000].map((rank) => words[rank]).join(' ');

async function stampOf(): Promise<string> {
  const hash = createHash('sha256').update(`${SIZE_1M} ${SEED}\n`);
  for (const file of GENERATOR_INPUTS) hash.update(await readFile(join(ROOT, file)));
  return hash.digest('hex');
}

async function isCurrent(stamp: string): Promise<boolean> {
  try {
    return (await readFile(STAMP, 'utf8')).trim() === stamp;
  } catch {
    return false;
  }
}

/** The folder holding the dataset, written first when it is missing or stale. */
export async function ensureSynthetic1m(): Promise<string> {
  const stamp = await stampOf();
  if (await isCurrent(stamp)) return DIR;
  console.log(`writing the ${SIZE_1M.toLocaleString('en')}-incident dataset to ${DIR}`);
  await rm(STAMP, { force: true });
  await rm(DIR, { recursive: true, force: true });
  await mkdir(DIR, { recursive: true });
  const index = syntheticIndex(SIZE_1M, SEED);
  const read = writeIndexFiles(DIR, index);
  const text = reportTexts(mulberry32(TEXT_SEED + SIZE_1M), words);
  const builder = new SearchIndexBuilder();
  for (let row = 0; row < SIZE_1M; row++) {
    const names = Array.from(organizationsOfRow(read.organizations, row), (value) => read.organizations.values[value]);
    builder.addRow([read.title[row], ...names, text()].join('\n'));
  }
  const search = builder.finish(index.build);
  await writeFile(join(DIR, SEARCH_WORDS_FILE), search.words);
  for (const [shard, bytes] of search.shards.entries()) await writeFile(join(DIR, shardFile(shard)), bytes);
  const report = BuildReportSchema.parse({
    build: index.build,
    summary: { inputs: index.count, incidents: index.count, duplicates: 0, skipped: 0, warnings: 0 },
    inputs: [],
  });
  await writeFile(join(DIR, 'build-report.json'), JSON.stringify(report));
  await writeFile(STAMP, `${stamp}\n`);
  return DIR;
}
