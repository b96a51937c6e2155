/**
 * One run of the prebuild CLI as a child process, the way `npm run prebuild` runs it,
 * with its wall time (start-up included) and its peak resident memory. The memory is the
 * process's `maxRSS`, which covers the worker threads the prebuild starts.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runToCompletion } from './child-process';
import { BENCH_TMP, corpusDir, prebuildOutDir, ROOT } from './corpus';
import type { CorpusSpec } from './corpus';
import { MAX_RSS_FILE_ENV } from './max-rss';
import { discard } from './trash';

export interface PrebuildRun {
  readonly seconds: number;
  readonly maxRssKb: number;
  readonly stdout: string;
}

/**
 * Prebuilds the corpus from scratch into `prebuildOutDir(spec, run)`, which an earlier
 * benchmark's dataset is first moved out of. A failed run stops the benchmark with the
 * CLI's own words.
 */
export async function runPrebuild(spec: CorpusSpec, run: number): Promise<PrebuildRun> {
  const out = prebuildOutDir(spec, run);
  await mkdir(BENCH_TMP, { recursive: true });
  await discard(out);
  const rssFile = join(BENCH_TMP, `max-rss-${spec.label}-${run}.txt`);
  await rm(rssFile, { force: true });
  const args = [
    '--import',
    'tsx',
    '--import',
    pathToFileURL(join(ROOT, 'bench', 'max-rss.ts')).href,
    'scripts/prebuild.ts',
    '--in',
    corpusDir(spec),
    '--out',
    out,
  ];
  const start = performance.now();
  const stdout = await runToCompletion(process.execPath, args, ROOT, { ...process.env, [MAX_RSS_FILE_ENV]: rssFile });
  const seconds = (performance.now() - start) / 1000;
  const maxRssKb = Number(await readFile(rssFile, 'utf8'));
  return { seconds, maxRssKb, stdout: stdout.trim() };
}
