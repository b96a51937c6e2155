/**
 * The 1,000,000-incident dataset the browser benchmark loads at that size: the index
 * from `syntheticIndex`, with the other dataset files aligned with it. Writing it takes
 * about a quarter of a minute, so it is kept in `bench/corpus/synthetic-1m` and written
 * again only when its stamp (size, seed, and the generator and schema sources) changes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BuildReportSchema, encodeIndex, IndexSchema, SearchFileSchema } from '../src/domain/schema';
import { ROOT } from './corpus';
import { syntheticIndex } from './synthetic-index';

export const SIZE_1M = 1_000_000;
const SEED = 1;
const DIR = join(ROOT, 'bench', 'corpus', 'synthetic-1m');
const STAMP = `${DIR}.stamp.json`;
const GENERATOR_INPUTS = ['bench/synthetic-1m.ts', 'bench/synthetic-index.ts', 'src/domain/schema.ts', 'src/domain/index-codes.ts', 'src/domain/taxonomy.ts'];

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
  const indexFile = encodeIndex(index);
  IndexSchema.parse(indexFile);
  await writeFile(join(DIR, 'index.json'), JSON.stringify(indexFile));
  const search = SearchFileSchema.parse({ build: index.build, text: index.title.map((title) => `${title}. ${title.toLowerCase()}`) });
  await writeFile(join(DIR, 'search.json'), JSON.stringify(search));
  const report = BuildReportSchema.parse({
    build: index.build,
    summary: { inputs: index.count, incidents: index.count, duplicates: 0, skipped: 0, warnings: 0 },
    inputs: [],
  });
  await writeFile(join(DIR, 'build-report.json'), JSON.stringify(report));
  await writeFile(STAMP, `${stamp}\n`);
  return DIR;
}
