/**
 * The synthetic datasets the browser benchmarks load at scale: the index from
 * `syntheticIndex`, and a search index of each incident's title, organizations and
 * report-length made-up text (`synthetic-text.ts`), with the build report aligned with
 * them. Writing one takes minutes at a million incidents, so each size is kept in
 * `bench/corpus/synthetic-<size>` (`synthetic-1m`, `synthetic-300k`) and written again
 * only when its stamp (size, seed, and the generator and format sources) changes.
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
/** A common, a middling and a rarer word of the text's vocabulary: what the benchmarks search for. */
export const SEARCH_QUERY = [40, 400, 4000].map((rank) => words[rank]).join(' ');

/** `size` as the folder names it: 1m, 2m, 300k, 10k, or the number itself. */
export function sizeLabel(size: number): string {
  if (size % 1_000_000 === 0) return `${size / 1_000_000}m`;
  if (size % 1000 === 0) return `${size / 1000}k`;
  return String(size);
}

async function stampOf(size: number): Promise<string> {
  const hash = createHash('sha256').update(`${size} ${SEED}\n`);
  for (const file of GENERATOR_INPUTS) hash.update(await readFile(join(ROOT, file)));
  return hash.digest('hex');
}

async function isCurrent(file: string, stamp: string): Promise<boolean> {
  try {
    return (await readFile(file, 'utf8')).trim() === stamp;
  } catch {
    return false;
  }
}

/** The folder holding the dataset of `size` incidents, written first when it is missing or stale. */
export async function ensureSyntheticDataset(size: number): Promise<string> {
  const dir = join(ROOT, 'bench', 'corpus', `synthetic-${sizeLabel(size)}`);
  const stampFile = `${dir}.stamp.json`;
  const stamp = await stampOf(size);
  if (await isCurrent(stampFile, stamp)) return dir;
  console.log(`writing the ${size.toLocaleString('en')}-incident dataset to ${dir}`);
  await rm(stampFile, { force: true });
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const index = syntheticIndex(size, SEED);
  const read = writeIndexFiles(dir, index);
  const text = reportTexts(mulberry32(TEXT_SEED + size), words);
  const builder = new SearchIndexBuilder();
  for (let row = 0; row < size; row++) {
    const names = Array.from(organizationsOfRow(read.organizations, row), (value) => read.organizations.values[value]);
    builder.addRow([read.title[row], ...names, text()].join('\n'));
  }
  const search = builder.finish(index.build);
  await writeFile(join(dir, SEARCH_WORDS_FILE), search.words);
  for (const [shard, bytes] of search.shards.entries()) await writeFile(join(dir, shardFile(shard)), bytes);
  const report = BuildReportSchema.parse({
    build: index.build,
    summary: { inputs: index.count, incidents: index.count, duplicates: 0, skipped: 0, warnings: 0 },
    inputs: [],
  });
  await writeFile(join(dir, 'build-report.json'), JSON.stringify(report));
  await writeFile(stampFile, `${stamp}\n`);
  return dir;
}
