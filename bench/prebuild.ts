/**
 * Times the prebuild CLI on the seeded 10,000-report corpus from scratch (an empty
 * compile cache): wall time (median of three runs, start-up included), throughput, peak
 * memory (the largest of the runs) and the size of the index it writes per incident (its
 * two files), plain and gzipped. Sizes are in MiB (2^20 bytes).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { max, median } from 'd3-array';
import { INDEX_COLUMNS_FILE } from '../src/domain/index-files';
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
  const files = await Promise.all([INDEX_COLUMNS_FILE, 'index.json'].map((file) => readFile(join(prebuildOutDir(CORPUS_10K, 1), file))));
  const { count } = JSON.parse(files[1].toString('utf8')) as { count: number };
  const bytes = (sizeOf: (file: Buffer) => number) => files.reduce((sum, file) => sum + sizeOf(file), 0) / count;
  return {
    'prebuild-10k-s': seconds,
    'prebuild-mb-per-s': inputBytes / MIB / seconds,
    'prebuild-10k-peak-mb': (max(runs, (r) => r.maxRssKb) ?? Number.NaN) / 1024,
    'index-bytes-per-incident': bytes((file) => file.length),
    'index-bytes-per-incident-gzip': bytes((file) => gzipSync(file, { level: 9 }).length),
  };
}
