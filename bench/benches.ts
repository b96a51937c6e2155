/**
 * The benchmarks `npm run bench` knows, by name, in the order they run (bench/run.ts).
 */
import { benchAnalysis } from './analysis';
import { benchComparison } from './comparison';
import { benchBrowser } from './browser';
import { benchBrowser1m } from './browser-1m';
import { BROWSER_DATASET_SIZE, writeSyntheticDataset } from './browser-dataset';
import { benchBundle, BUILD_DIR } from './bundle';
import { benchFindingsClicks, benchFindingsScan } from './findings';
import { benchIndexParse } from './index-parse';
import { benchLibraryRatios } from './library-ratios';
import { benchPrebuild } from './prebuild';
import { benchPrebuild100k } from './prebuild-100k';
import { benchPrebuildIncremental } from './prebuild-incremental';
import { benchSearch } from './search';
import { benchSimilar } from './similar';

/** What a benchmark leaves for later ones in the same run. */
export interface BenchContext {
  /** The dataset the 100k prebuild wrote, null when it was skipped. */
  prebuilt100k: string | null;
}

export type Bench = (context: BenchContext) => Promise<Record<string, number>>;

/** Run in this order, by name. */
const BENCHES: readonly (readonly [string, Bench])[] = [
  ['prebuild', () => benchPrebuild()],
  ['prebuild-incremental', () => benchPrebuildIncremental()],
  [
    'prebuild-100k',
    async (context) => {
      const { out, figures } = await benchPrebuild100k();
      context.prebuilt100k = out;
      return figures;
    },
  ],
  ['analysis', () => benchAnalysis()],
  ['comparison', () => benchComparison()],
  ['findings', async () => benchFindingsScan()],
  ['similar', async () => benchSimilar()],
  ['search', () => benchSearch()],
  ['library-ratios', () => benchLibraryRatios()],
  ['index-parse', () => benchIndexParse()],
  ['bundle', () => benchBundle()],
  ['browser', async (context) => benchBrowser(BUILD_DIR, context.prebuilt100k ?? (await writeSyntheticDataset()), BROWSER_DATASET_SIZE)],
  ['findings-clicks', async (context) => benchFindingsClicks(BUILD_DIR, context.prebuilt100k ?? (await writeSyntheticDataset()))],
  ['browser-1m', () => benchBrowser1m(BUILD_DIR)],
];

/**
 * The browser benchmarks serve the build the bundle benchmark makes. Named without it,
 * they would measure whatever build an earlier run left in the temporary folder, or
 * find none, so it runs with them.
 */
const NEEDS: Readonly<Record<string, string>> = { browser: 'bundle', 'findings-clicks': 'bundle', 'browser-1m': 'bundle' };

/** The benchmarks named on the command line and those they need, in the order they run; all of them without names. */
export function chosen(names: readonly string[]): (readonly [string, Bench])[] {
  const unknown = names.filter((name) => !BENCHES.some(([known]) => known === name));
  if (unknown.length > 0) throw new Error(`no benchmark named ${unknown.join(', ')}: the names are ${BENCHES.map(([name]) => name).join(', ')}`);
  const wanted = new Set(names.flatMap((name) => (NEEDS[name] === undefined ? [name] : [name, NEEDS[name]])));
  return BENCHES.filter(([name]) => names.length === 0 || wanted.has(name));
}
