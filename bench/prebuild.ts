/**
 * Times the prebuild CLI on the seeded 10,000-report corpus, run as a child process the
 * way `npm run prebuild` runs it: wall time (median of three runs, start-up included),
 * throughput, peak memory (the largest of the runs) and the size of the index it writes
 * per incident, plain and gzipped. Sizes are in MiB (2^20 bytes).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { max, median } from 'd3-array';
import { readStats, STATS_PATH, writeCorpus } from '../scripts/generate-corpus';
import { MAX_RSS_FILE_ENV } from './max-rss';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = { count: 10_000, seed: 1, dir: join(ROOT, 'bench', 'corpus', '10k') };
/** Kept beside the corpus, not in it, so the prebuild never sees it as an input. */
const STAMP = `${CORPUS.dir}.stamp.json`;
const OUT = join(ROOT, 'bench', 'tmp', 'out-10k');
const RUNS = 3;
const MIB = 2 ** 20;

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
async function ensureCorpus(): Promise<number> {
  const generator = await generatorHash();
  const stamp = await readFile(STAMP, 'utf8').then((text) => JSON.parse(text) as Stamp, () => null);
  if (stamp?.count === CORPUS.count && stamp.seed === CORPUS.seed && stamp.generator === generator) return stamp.bytes;
  console.log(`generating ${CORPUS.count} reports (seed ${CORPUS.seed}) into ${CORPUS.dir}`);
  await rm(STAMP, { force: true });
  await rm(CORPUS.dir, { recursive: true, force: true });
  const { bytes } = await writeCorpus({ count: CORPUS.count, seed: CORPUS.seed, out: CORPUS.dir, stats: await readStats() });
  const fresh: Stamp = { count: CORPUS.count, seed: CORPUS.seed, generator, bytes };
  await writeFile(STAMP, `${JSON.stringify(fresh, null, 2)}\n`);
  return bytes;
}

interface Run {
  seconds: number;
  maxRssKb: number;
  stdout: string;
}

/** One prebuild from scratch; a failed run stops the benchmark with the CLI's own words. */
async function runPrebuild(n: number): Promise<Run> {
  await rm(OUT, { recursive: true, force: true });
  const rssFile = join(ROOT, 'bench', 'tmp', `max-rss-${n}.txt`);
  await rm(rssFile, { force: true });
  const args = [
    '--import',
    'tsx',
    '--import',
    pathToFileURL(join(ROOT, 'bench', 'max-rss.ts')).href,
    'scripts/prebuild.ts',
    '--in',
    CORPUS.dir,
    '--out',
    OUT,
  ];
  const start = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, [MAX_RSS_FILE_ENV]: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0) {
    throw new Error(`prebuild exited with ${code} after ${seconds.toFixed(1)} s:\n${stderr.slice(-4000) || stdout.slice(-4000)}`);
  }
  const maxRssKb = Number(await readFile(rssFile, 'utf8'));
  return { seconds, maxRssKb, stdout: stdout.trim() };
}

export async function benchPrebuild(): Promise<Record<string, number>> {
  const inputBytes = await ensureCorpus();
  await mkdir(join(ROOT, 'bench', 'tmp'), { recursive: true });
  const runs: Run[] = [];
  for (let n = 1; n <= RUNS; n++) {
    const run = await runPrebuild(n);
    console.log(`prebuild run ${n}/${RUNS}: ${run.seconds.toFixed(2)} s, peak ${(run.maxRssKb / 1024).toFixed(0)} MiB`);
    if (n === 1) console.log(`  ${run.stdout.split('\n')[0]}`);
    runs.push(run);
  }
  const seconds = median(runs, (r) => r.seconds) ?? Number.NaN;
  const index = await readFile(join(OUT, 'index.json'));
  const { count } = JSON.parse(index.toString('utf8')) as { count: number };
  return {
    'prebuild-10k-s': seconds,
    'prebuild-mb-per-s': inputBytes / MIB / seconds,
    'prebuild-peak-mb': (max(runs, (r) => r.maxRssKb) ?? Number.NaN) / 1024,
    'index-bytes-per-incident': index.length / count,
    'index-bytes-per-incident-gzip': gzipSync(index, { level: 9 }).length / count,
  };
}
