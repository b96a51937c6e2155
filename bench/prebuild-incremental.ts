/**
 * The prebuild as a person runs it again and again, with a warm compile cache:
 *
 * - `prebuild-10k-plus-one-s`: the 10,000-report corpus built once, then one report
 *   added; the median of three runs of that second build, each on a fresh copy of the
 *   first build's dataset and cache (hard links, as the dataset's records are), so each
 *   compiles the added report and takes the rest from the cache. The corpus is read
 *   from `bench/corpus/10k` beside a second input folder, empty for the first build,
 *   which the added report goes into: the corpus stays as generated.
 * - `prebuild-10k-unchanged-s`: the same first build run again with nothing changed,
 *   which finds the dataset up to date; the median of three runs.
 * - `prebuild-data-s`: the bundled `data/` folder, the cache warm; the median of three
 *   runs' wall time of the whole `npm run prebuild` command, npm's start-up and the
 *   check for sources changed since the CLI was bundled included.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { median } from 'd3-array';
import { runToCompletion } from './child-process';
import { BENCH_TMP, CORPUS_10K, corpusDir, ensureCorpus, ROOT } from './corpus';
import { runPrebuild } from './prebuild-run';
import { discard } from './trash';

const RUNS = 3;

/** `cp -al`: a copy whose files are hard links, made in a moment whatever its size. */
const linkCopy = (from: string, to: string) => execFileSync('cp', ['-al', from, to]);

/** One report of the corpus as a new incident: another title, so it is no duplicate of its source. */
async function addedReport(): Promise<string> {
  const files = await readdir(corpusDir(CORPUS_10K), { recursive: true, withFileTypes: true });
  const first = files.filter((entry) => entry.isFile() && entry.name.endsWith('.txt')).map((entry) => join(entry.parentPath, entry.name)).sort()[0];
  const text = await readFile(first, 'utf8');
  return text.replace(/^Incident: (.*)$/m, 'Incident: $1, reported again by a reader');
}

/** Long enough after a file is written for its stamp to be trusted (scripts/lib/file-stamp.ts). */
const SETTLED_MS = 3500;

async function plusOne(): Promise<Record<string, number>> {
  await ensureCorpus(CORPUS_10K);
  const base = join(BENCH_TMP, 'plus-one');
  await discard(base);
  const extra = join(base, 'extra');
  await mkdir(extra, { recursive: true });
  const inputs = ['--in', corpusDir(CORPUS_10K), '--in', extra];
  // A corpus generated a moment ago would be read again by every run, as a person's reports are not.
  await new Promise((done) => setTimeout(done, SETTLED_MS));
  const built = await runPrebuild([...inputs, '--out', join(base, 'out')], join(base, 'cache'));
  console.log(`prebuild 10k, first build: ${built.seconds.toFixed(2)} s`);
  const unchanged: number[] = [];
  for (let n = 1; n <= RUNS; n++) {
    // The dataset itself, not a copy: what it was built from is kept for its own path.
    const run = await runPrebuild([...inputs, '--out', join(base, 'out')], join(base, 'cache'));
    if (!run.stdout.includes('up to date')) throw new Error(`an unchanged build was not found up to date:\n${run.stdout}`);
    console.log(`prebuild 10k unchanged, run ${n}/${RUNS}: ${run.seconds.toFixed(2)} s`);
    unchanged.push(run.seconds);
  }
  await writeFile(join(extra, 'added.txt'), await addedReport());
  const seconds: number[] = [];
  for (let n = 1; n <= RUNS; n++) {
    const out = join(base, `out-${n}`);
    const cache = join(base, `cache-${n}`);
    linkCopy(join(base, 'out'), out);
    linkCopy(join(base, 'cache'), cache);
    const run = await runPrebuild([...inputs, '--out', out], cache);
    console.log(`prebuild 10k plus one report, run ${n}/${RUNS}: ${run.seconds.toFixed(2)} s`);
    if (n === 1) console.log(`  ${run.stdout.split('\n').slice(0, 2).join('\n  ')}`);
    seconds.push(run.seconds);
  }
  return { 'prebuild-10k-plus-one-s': median(seconds) ?? Number.NaN, 'prebuild-10k-unchanged-s': median(unchanged) ?? Number.NaN };
}

async function data(): Promise<number> {
  const out = join(BENCH_TMP, 'out-data');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['run', 'prebuild', '--', '--in', 'data', '--out', out];
  await runToCompletion(npm, args, ROOT);
  const seconds: number[] = [];
  for (let n = 1; n <= RUNS; n++) {
    const start = performance.now();
    const stdout = await runToCompletion(npm, args, ROOT);
    seconds.push((performance.now() - start) / 1000);
    console.log(`npm run prebuild on data/, warm cache, run ${n}/${RUNS}: ${seconds[n - 1].toFixed(2)} s`);
    if (n === 1) console.log(`  ${stdout.split('\n').filter((line) => line.startsWith('prebuild:') || line.includes('compile cache')).join('\n  ')}`);
  }
  return median(seconds) ?? Number.NaN;
}

export async function benchPrebuildIncremental(): Promise<Record<string, number>> {
  return { ...(await plusOne()), 'prebuild-data-s': await data() };
}
