/**
 * The prebuild at scale: one run over the seeded 100,000-report corpus (about 1.2 GB,
 * generated once into `bench/corpus/100k` and reused while its stamp matches), timed
 * with its peak memory. A run takes a minute or more, so `BENCH_QUICK=1` skips it, as
 * does a disk with too little room for the corpus and the dataset written from it.
 */
import { CORPUS_100K, ensureCorpus, freeBytes, prebuildOutDir } from './corpus';
import { prebuildCorpus } from './prebuild-run';

const QUICK_ENV = 'BENCH_QUICK';
const GIB = 2 ** 30;
/** The corpus, the dataset it becomes and headroom for everyone else on the disk. */
const MIN_FREE_BYTES = 5 * GIB;

/** Where the run wrote its dataset, null when it was skipped, and its figures. */
export interface Prebuild100k {
  readonly out: string | null;
  readonly figures: Record<string, number>;
}

export async function benchPrebuild100k(): Promise<Prebuild100k> {
  if (process.env[QUICK_ENV] === '1') {
    console.log(`${QUICK_ENV}=1: the 100k prebuild is skipped`);
    return { out: null, figures: {} };
  }
  const free = await freeBytes();
  if (free < MIN_FREE_BYTES) {
    console.log(`the 100k prebuild is skipped: ${(free / GIB).toFixed(1)} GiB free, ${MIN_FREE_BYTES / GIB} GiB needed`);
    return { out: null, figures: {} };
  }
  await ensureCorpus(CORPUS_100K);
  const run = await prebuildCorpus(CORPUS_100K, 1);
  console.log(`prebuild 100k: ${run.seconds.toFixed(1)} s, peak ${(run.maxRssKb / 1024).toFixed(0)} MiB`);
  console.log(`  ${run.stdout.split('\n')[0]}`);
  return {
    out: prebuildOutDir(CORPUS_100K, 1),
    figures: { 'prebuild-100k-s': run.seconds, 'prebuild-peak-mb': run.maxRssKb / 1024 },
  };
}
