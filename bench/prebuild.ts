/**
 * Times the prebuild CLI on the seeded 10,000-report corpus from scratch (an empty
 * compile cache): wall time (median of three runs, start-up included), throughput, peak
 * memory (the largest of the runs) and the size of the index it writes per incident,
 * plain and gzipped. Sizes are in MiB (2^20 bytes).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { max, median } from 'd3-array';
import { CORPUS_10K, ensureCorpus, prebuildOutDir } from './corpus';
import { prebuildCorpus } from './prebuild-run';
import type { PrebuildRun } from './prebuild-run';

const RUNS = 3;
const MIB = 2 ** 20;

export async function benchPrebuild(): Promise<Record<string, number>> {
  const inputBytes = await ensureCorpus(CORPUS_10K);
  const runs: PrebuildRun[] = [];
  for (let n = 1; n <= RUNS; n++) {
    const run = await prebuildCorpus(CORPUS_10K, n);
    console.log(`prebuild 10k run ${n}/${RUNS}: ${run.seconds.toFixed(2)} s, peak ${(run.maxRssKb / 1024).toFixed(0)} MiB`);
    if (n === 1) console.log(`  ${run.stdout.split('\n')[0]}`);
    runs.push(run);
  }
  const seconds = median(runs, (r) => r.seconds) ?? Number.NaN;
  const index = await readFile(join(prebuildOutDir(CORPUS_10K, 1), 'index.json'));
  const { count } = JSON.parse(index.toString('utf8')) as { count: number };
  return {
    'prebuild-10k-s': seconds,
    'prebuild-mb-per-s': inputBytes / MIB / seconds,
    'prebuild-10k-peak-mb': (max(runs, (r) => r.maxRssKb) ?? Number.NaN) / 1024,
    'index-bytes-per-incident': index.length / count,
    'index-bytes-per-incident-gzip': gzipSync(index, { level: 9 }).length / count,
  };
}
