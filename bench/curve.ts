/**
 * The production build in Chromium at several sizes of the synthetic dataset, side by
 * side: what `browser-1m.ts` measures at a million incidents, at each size given.
 *
 *   npx tsx bench/curve.ts [size ...]     (default 10000 100000 300000 1000000 2000000)
 *
 * Builds the app as `npm run bench -- bundle` does, writes each
 * missing dataset into `bench/corpus/synthetic-<size>` (about four minutes at two
 * million), then prints one row per size: medians over three fresh browser contexts
 * after one warm-up. Not part of `npm run bench`, whose figures it leaves alone.
 */
import { browserAtScale, scaleMedians } from './browser-1m';
import { BUILD_DIR, buildApp } from './bundle';
import { sizeLabel } from './synthetic-dataset';

const DEFAULT_SIZES = [10_000, 100_000, 300_000, 1_000_000, 2_000_000];

const sizes = process.argv.slice(2).map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`sizes are whole numbers of incidents, not ${process.argv.slice(2).join(' ')}`);
await buildApp();

const ms = (value: number) => `${value.toFixed(0)} ms`;
const columns: [string, (figures: ReturnType<typeof scaleMedians>) => string][] = [
  ['load', (f) => ms(f.load)],
  ['longest task', (f) => ms(f.longestTask)],
  ['list', (f) => ms(f.list)],
  ['click', (f) => ms(f.click)],
  ['first click', (f) => ms(f.firstClick)],
  ['crosstab', (f) => ms(f.crosstab)],
  ['first search', (f) => ms(f.searchFirst)],
  ['keystroke', (f) => ms(f.searchKeystroke)],
  ['heap', (f) => `${f.heap.toFixed(0)} MiB`],
];
const rows: string[][] = [];
for (const size of sizes.length > 0 ? sizes : DEFAULT_SIZES) {
  const figures = scaleMedians(await browserAtScale(BUILD_DIR, size));
  rows.push([sizeLabel(size), ...columns.map(([, cell]) => cell(figures))]);
}
const header = ['incidents', ...columns.map(([name]) => name)];
const widths = header.map((name, k) => Math.max(name.length, ...rows.map((row) => row[k].length)));
const line = (cells: string[]) => `| ${cells.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join(' | ')} |`;
console.log(['', line(header), `|${widths.map((w, k) => (k === 0 ? `-${'-'.repeat(w)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`, ...rows.map(line)].join('\n'));
