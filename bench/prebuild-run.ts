/**
 * One run of the prebuild CLI as a child process, the way `npm run prebuild` runs it,
 * with its wall time (start-up included) and its peak resident memory. The memory is the
 * process's `maxRSS`, which covers the worker threads the prebuild starts.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
