/**
 * One run of the prebuild CLI as a child process, the way `npm run prebuild` runs it
 * (the bundle scripts/bundle-cli.sh makes, in plain Node), with its wall time (start-up
 * included) and its peak resident memory. The memory is the process's `maxRSS`, which
 * covers the worker threads the prebuild starts.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runToCompletion } from './child-process';
import { BENCH_TMP, corpusDir, type CorpusSpec, prebuildOutDir, ROOT } from './corpus';
import { MAX_RSS_FILE_ENV, MAX_RSS_PRELOAD } from './max-rss';
import { discard } from './trash';

export interface PrebuildRun {
  readonly seconds: number;
  readonly maxRssKb: number;
  readonly stdout: string;
}

let bundled = false;

/** The bundled CLI, bundled first if its sources changed, as `npm run prebuild` does. */
export function prebuildCli(): string {
  if (!bundled) execFileSync('sh', [join(ROOT, 'scripts', 'bundle-cli.sh')], { stdio: 'inherit' });
  bundled = true;
  return join(ROOT, 'node_modules', '.cache', 'faultline', 'prebuild.mjs');
}

let runs = 0;

/**
 * Runs the prebuild on `args` with its compile cache in `cacheDir`. A failed run stops
 * the benchmark with the CLI's own words.
 */
export async function runPrebuild(args: readonly string[], cacheDir: string): Promise<PrebuildRun> {
  await mkdir(BENCH_TMP, { recursive: true });
  runs += 1;
  const rssFile = join(BENCH_TMP, `max-rss-${process.pid}-${runs}.txt`);
  await rm(rssFile, { force: true });
  const env = { ...process.env, [MAX_RSS_FILE_ENV]: rssFile, FAULTLINE_CACHE_DIR: cacheDir };
  const cli = prebuildCli();
  const start = performance.now();
  const stdout = await runToCompletion(process.execPath, ['--import', MAX_RSS_PRELOAD, cli, ...args], ROOT, env);
  const seconds = (performance.now() - start) / 1000;
  const maxRssKb = Number(await readFile(rssFile, 'utf8'));
  await rm(rssFile, { force: true });
  return { seconds, maxRssKb, stdout: stdout.trim() };
}

/**
 * Prebuilds the corpus from scratch, with an empty compile cache, into
 * `prebuildOutDir(spec, run)`, which an earlier benchmark's dataset is first moved out of.
 */
export async function prebuildCorpus(spec: CorpusSpec, run: number): Promise<PrebuildRun> {
  const out = prebuildOutDir(spec, run);
  const cache = join(BENCH_TMP, `cache-${spec.label}-${run}`);
  await discard(out);
  await discard(cache);
  return runPrebuild(['--in', corpusDir(spec), '--out', out], cache);
}
