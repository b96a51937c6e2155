/**
 * `npm run bench`: runs every benchmark, merges the figures into `bench/results.json`
 * (keys sorted; figures this run did not produce are kept) and prints them beside the
 * targets the project holds itself to, with the machine they were measured on and its
 * load average, since the machine may be shared. `BENCH_QUICK=1` skips the 100k prebuild.
 *
 *   npm run bench [-- NAME ...]
 *
 * With names, runs only those benchmarks (bench/benches.ts), e.g. `npm run bench -- prebuild`;
 * a browser benchmark brings the bundle benchmark, whose build of the current sources it serves.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type BenchContext, chosen } from './benches';
import { emptyTrash } from './trash';
import { byCodeUnits } from '../src/domain/code-unit-order';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

/** Upper bounds: a figure at or above its target is a regression to look into. */
const TARGETS: Readonly<Record<string, number>> = {
  'prebuild-10k-s': 6,
  'prebuild-10k-plus-one-s': 1,
  'prebuild-data-s': 1,
  'prebuild-100k-s': 60,
  'prebuild-peak-mb': 1536,
  'index-bytes-per-incident-gzip': 150,
  'filter-and-count-100k-ms': 10,
  'crosstab-100k-ms': 30,
  'association-test-100k-ms': 1000,
  'trend-100k-ms': 30,
  'crossfilter-ratio': 1,
  'arquero-ratio': 1,
  'index-parse-100k-ms': 150,
  'bundle-kb-gzip': 250,
  'load-100k-ms': 2500,
  'click-to-update-100k-ms': 100,
  'findings-100k-ms': 2000,
  'findings-click-100k-ms': 100,
  'similar-100k-ms': 50,
  'load-1m-ms': 3000,
  'longest-task-1m-ms': 200,
  'click-to-update-1m-ms': 100,
  'crosstab-1m-ms': 150,
  'search-keystroke-1m-ms': 100,
};

const loadAverage = (): string => loadavg().map((load) => load.toFixed(2)).join(', ');

/** Three decimals: finer than any run-to-run noise, short enough to diff. */
const round = (value: number): number => Math.round(value * 1000) / 1000;

async function readResults(): Promise<Record<string, number>> {
  try {
    return JSON.parse(await readFile(RESULTS, 'utf8')) as Record<string, number>;
  } catch (cause) {
    if ((cause as { code?: unknown }).code === 'ENOENT') return {};
    throw cause;
  }
}

function table(results: Record<string, number>, fresh: ReadonlySet<string>): string {
  const names = Object.keys(results);
  const width = Math.max(...names.map((n) => n.length));
  const values = names.map((n) => String(results[n]));
  const valueWidth = Math.max(...values.map((v) => v.length));
  const targetWidth = Math.max(...Object.values(TARGETS).map((t) => `< ${t}`.length));
  return names
    .map((name, i) => {
      const target = TARGETS[name];
      const verdict = target === undefined ? '' : `${`< ${target}`.padEnd(targetWidth)}  ${results[name] < target ? 'ok' : 'MISSED'}`;
      const note = fresh.has(name) ? '' : '  (earlier run)';
      return `${name.padEnd(width)}  ${values[i].padStart(valueWidth)}  ${verdict}${note}`.trimEnd();
    })
    .join('\n');
}

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  const context: BenchContext = { prebuilt100k: null };
  const figures: Record<string, number> = {};
  for (const [, bench] of chosen(process.argv.slice(2))) Object.assign(figures, await bench(context));
  await emptyTrash();
  const merged: Record<string, number> = { ...(await readResults()) };
  for (const [name, value] of Object.entries(figures)) merged[name] = round(value);
  const results = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => byCodeUnits(a, b)));
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

  const cpu = cpus();
  console.log(
    `\nmachine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
      `node ${process.version}, ${platform()} ${arch()}`,
  );
  console.log(`load average (1, 5, 15 min): ${loadAtStart} at the start, ${loadAverage()} at the end`);
  console.log(table(results, new Set(Object.keys(figures))));
  console.log(`\nwritten to ${RESULTS}`);
}

main().catch((cause: unknown) => {
  console.error(cause instanceof Error ? cause.message : cause);
  process.exitCode = 1;
});
