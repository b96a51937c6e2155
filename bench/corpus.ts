/**
 * The seeded report corpora the prebuild is timed on, kept in `bench/corpus/<label>` and
 * regenerated only when their stamp no longer matches: a 100,000-report corpus takes
 * minutes and over a gigabyte to write, so it is reused across runs.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStats, STATS_PATH, writeCorpus } from '../scripts/generate-corpus';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH_TMP = join(ROOT, 'bench', 'tmp');

export interface CorpusSpec {
  /** Names the corpus folder, its prebuild output and its figures: `10k`, `100k`. */
  readonly label: string;
  readonly count: number;
  readonly seed: number;
}

export const CORPUS_10K: CorpusSpec = { label: '10k', count: 10_000, seed: 1 };
export const CORPUS_100K: CorpusSpec = { label: '100k', count: 100_000, seed: 1 };

export const corpusDir = (spec: CorpusSpec): string => join(ROOT, 'bench', 'corpus', spec.label);
/** Kept beside the corpus, not in it, so the prebuild never sees it as an input. */
const stampPath = (spec: CorpusSpec): string => `${corpusDir(spec)}.stamp.json`;
/** Where timed run `run` of the prebuild of a corpus writes its dataset: each run has its own. */
export const prebuildOutDir = (spec: CorpusSpec, run: number): string => join(BENCH_TMP, `out-${spec.label}-${run}`);

/** Everything the corpus bytes depend on: a change to any of these regenerates it. */
const GENERATOR_INPUTS = ['scripts/generate-corpus.ts', 'scripts/lib/corpus-stats.ts', STATS_PATH, 'src/domain/taxonomy.ts'];

interface Stamp {
  count: number;
  seed: number;
  generator: string;
  bytes: number;
}

async function generatorHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const path of GENERATOR_INPUTS) hash.update(await readFile(resolve(ROOT, path)));
  return hash.digest('hex');
}

/** The corpus's size in bytes, generating it first unless the stamp says it is current. */
export async function ensureCorpus(spec: CorpusSpec): Promise<number> {
  const dir = corpusDir(spec);
  const generator = await generatorHash();
  const stamp = await readFile(stampPath(spec), 'utf8').then((text) => JSON.parse(text) as Stamp, () => null);
  if (stamp?.count === spec.count && stamp.seed === spec.seed && stamp.generator === generator) return stamp.bytes;
  console.log(`generating ${spec.count} reports (seed ${spec.seed}) into ${dir}`);
  await rm(stampPath(spec), { force: true });
  await rm(dir, { recursive: true, force: true });
  const { bytes } = await writeCorpus({ count: spec.count, seed: spec.seed, out: dir, stats: await readStats() });
  const fresh: Stamp = { count: spec.count, seed: spec.seed, generator, bytes };
  await writeFile(stampPath(spec), `${JSON.stringify(fresh, null, 2)}\n`);
  return bytes;
}

/** Bytes free for an unprivileged user on the file system holding the bench folder. */
export async function freeBytes(): Promise<number> {
  const { bavail, bsize } = await statfs(ROOT);
  return bavail * bsize;
}
