/**
 * `npm run bench`: runs every benchmark, merges the figures into `bench/results.json`
 * (keys sorted; figures this run did not produce are kept) and prints them beside the
 * targets the project holds itself to, with the machine they were measured on.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { arch, cpus, platform, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchAnalysis } from './analysis';
import { benchPrebuild } from './prebuild';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

/** Upper bounds: a figure at or above its target is a regression to look into. */
const TARGETS: Readonly<Record<string, number>> = {
  'prebuild-10k-s': 6,
  'index-bytes-per-incident-gzip': 150,
  'filter-and-count-100k-ms': 10,
};

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
  const figures = { ...(await benchPrebuild()), ...(await benchAnalysis()) };
  const merged: Record<string, number> = { ...(await readResults()) };
  for (const [name, value] of Object.entries(figures)) merged[name] = round(value);
  const results = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

  const cpu = cpus();
  console.log(
    `\nmachine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
      `node ${process.version}, ${platform()} ${arch()}`,
  );
  console.log(table(results, new Set(Object.keys(figures))));
  console.log(`\nwritten to ${RESULTS}`);
}

main().catch((cause: unknown) => {
  console.error(cause instanceof Error ? cause.message : cause);
  process.exitCode = 1;
});
