/**
 * A seeded synthetic corpus of FAIL incident pages, for benchmarks at sizes the real
 * data does not reach. Pages follow the seed layout exactly, with option sets and text
 * lengths drawn from `scripts/corpus-stats.json` (measured on the bundled reports).
 *
 *   tsx scripts/generate-corpus.ts --count N --seed S --out DIR
 *   tsx scripts/generate-corpus.ts --refresh DATASET_DIR
 *
 * Page i depends only on the seed, i and the statistics, so the same seed gives the
 * same bytes and a small corpus is a prefix of a large one.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { IncidentSchema } from '../src/domain/schema';
import type { Incident } from '../src/domain/schema';
import { FACET_IDS, FACETS, IOT_LAYERS, POSTMORTEM_FIELD_IDS, POSTMORTEM_LABELS } from '../src/domain/taxonomy';
import type { FacetId, PostmortemFieldId } from '../src/domain/taxonomy';
import { computeCorpusStats, CorpusStatsSchema, QUANTILE_STEPS } from './lib/corpus-stats';
import type { CorpusStats } from './lib/corpus-stats';
import { mulberry32, type Rng } from './lib/seeded-random';

export const STATS_PATH = fileURLToPath(new URL('./corpus-stats.json', import.meta.url));

/** The seeds are 11–16 KB; lengths are scaled so the mean page lands here. */
export const TARGET_PAGE_BYTES = 12_000;
/** Pages are written in folders of this many so no directory grows large. */
export const FILES_PER_FOLDER = 1_000;
export const YEAR_RANGE = { first: 2010, last: 2024 } as const;
/** Share of IoT layer rows that carry an option instead of `None None`. */
const IOT_FILLED_RATE = 0.03;
const MIN_TEXT_LENGTH = 30;
/** A space and the page number that keeps titles distinct, as long as in a 10k corpus. */
const TITLE_SUFFIX_BYTES = 6;

const PAGE_LAYERS = ['perception', 'communication', 'application'] as const;
type PageLayer = (typeof PAGE_LAYERS)[number];

/** The generator for page `i` of the corpus seeded `seed`, independent of every other page. */
export function pageRng(seed: number, i: number): Rng {
  return mulberry32((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35)) >>> 0);
}

export interface GeneratedRow {
  readonly options: readonly string[];
  readonly rationale: string | null;
}

/** One generated incident before it is laid out as a page. */
export interface GeneratedReport {
  readonly title: string;
  readonly published: string;
  readonly articleIds: readonly string[];
  /** List items as written after their number, citations included. */
  readonly postmortem: Readonly<Record<PostmortemFieldId, readonly string[]>>;
  readonly facets: Readonly<Record<FacetId, GeneratedRow>>;
  readonly iot: Readonly<Record<PageLayer, GeneratedRow>>;
}

const pick = <T>(rng: Rng, values: readonly T[]): T => values[Math.floor(rng() * values.length)];

function pickWeighted<T>(rng: Rng, counts: readonly (readonly [T, number])[]): T {
  let left = rng() * counts.reduce((sum, [, n]) => sum + n, 0);
  for (const [value, n] of counts) {
    left -= n;
    if (left < 0) return value;
  }
  return counts[counts.length - 1][0];
}

/** A draw from the piecewise-linear distribution the quantiles describe. */
function drawQuantile(rng: Rng, q: readonly number[]): number {
  const at = rng() * QUANTILE_STEPS;
  const low = Math.floor(at);
  return q[low] + (at - low) * (q[low + 1] - q[low]);
}

const quantileMean = (q: readonly number[]): number =>
  q.slice(1).reduce((sum, v, i) => sum + (v + q[i]) / 2, 0) / QUANTILE_STEPS;

const weightedMean = (counts: readonly (readonly [number, number])[]): number =>
  counts.reduce((sum, [v, n]) => sum + v * n, 0) / counts.reduce((sum, [, n]) => sum + n, 0);

/** Sampled sentences run together to about `length` characters, cut at a word. */
function prose(rng: Rng, stats: CorpusStats, length: number): string {
  let text = pick(rng, stats.fragments);
  while (text.length < length) text += ` ${pick(rng, stats.fragments)}`;
  if (text.length === length) return text;
  const cut = text.lastIndexOf(' ', length);
  return cut > 0 ? text.slice(0, cut).replace(/[\s,;:-]+$/, '') : text;
}

const cite = (rng: Rng, articleIds: readonly string[]): string => `[${pick(rng, articleIds)}]`;

/** The citation goes before a closing full stop, as the seed pages write it: "… [89060]." */
const withCitation = (text: string, citation: string): string =>
  text.endsWith('.') ? `${text.slice(0, -1)} ${citation}.` : `${text} ${citation}`;

function rationale(rng: Rng, stats: CorpusStats, length: number, articleIds: readonly string[]): string {
  const citation = cite(rng, articleIds);
  return `(a) ${withCitation(prose(rng, stats, Math.max(MIN_TEXT_LENGTH, length - citation.length - 5)), citation)}`;
}

function title(rng: Rng, stats: CorpusStats, i: number): string {
  const length = drawQuantile(rng, stats.titleLength);
  const words = [pick(rng, stats.titleWords)];
  while (words.join(' ').length < length) words.push(pick(rng, stats.titleWords));
  return `${words.join(' ')} ${i + 1}`;
}

/** Years as the real reports spread over them, every year of the range possible. */
function published(rng: Rng, stats: CorpusStats): string {
  const years: [number, number][] = [];
  for (let year = YEAR_RANGE.first; year <= YEAR_RANGE.last; year++) {
    years.push([year, 1 + (stats.years.find(([y]) => y === year)?.[1] ?? 0)]);
  }
  const year = pickWeighted(rng, years);
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function postmortemItems(
  rng: Rng,
  stats: CorpusStats,
  field: PostmortemFieldId,
  scale: number,
  articleIds: readonly string[],
): string[] {
  const { itemCounts, itemLength } = stats.postmortem[field];
  const organizations = field === 'responsibleOrganization' || field === 'impactedOrganization';
  return Array.from({ length: pickWeighted(rng, itemCounts) }, () => {
    const citation = cite(rng, articleIds);
    const length = drawQuantile(rng, itemLength) * scale - citation.length - 1;
    if (!organizations) return withCitation(prose(rng, stats, Math.max(MIN_TEXT_LENGTH, length)), citation);
    const name = pick(rng, stats.organizations);
    return `${name} - ${withCitation(prose(rng, stats, Math.max(MIN_TEXT_LENGTH, length - name.length - 3)), citation)}`;
  });
}

function iotRow(rng: Rng, stats: CorpusStats, layer: PageLayer, articleIds: readonly string[]): GeneratedRow {
  if (rng() >= IOT_FILLED_RATE) return { options: [], rationale: null };
  const vocabulary = layer === 'application' ? ['true', 'false'] : IOT_LAYERS[layer].options;
  return { options: [pick(rng, vocabulary)], rationale: rationale(rng, stats, 300, articleIds) };
}

/** Draws one incident; all randomness comes from `rng`, in a fixed order. */
export function generateIncident(rng: Rng, stats: CorpusStats, i: number): GeneratedReport {
  const scale = lengthScale(stats);
  const articleIds = Array.from({ length: rng() < 0.25 ? 2 : 1 }, () => String(1000 + Math.floor(rng() * 119_000)));
  const head = { title: title(rng, stats, i), published: published(rng, stats), articleIds };
  const postmortem = Object.fromEntries(
    POSTMORTEM_FIELD_IDS.map((field) => [field, postmortemItems(rng, stats, field, scale, articleIds)]),
  ) as Record<PostmortemFieldId, string[]>;
  const facets = Object.fromEntries(
    FACET_IDS.map((facet) => {
      const set = pickWeighted(rng, stats.facets[facet].sets);
      if (set === '') return [facet, { options: [], rationale: null }];
      const length = drawQuantile(rng, stats.facets[facet].rationaleLength) * scale;
      return [facet, { options: set.split(', '), rationale: rationale(rng, stats, length, articleIds) }];
    }),
  ) as Record<FacetId, GeneratedRow>;
  const iot = Object.fromEntries(PAGE_LAYERS.map((layer) => [layer, iotRow(rng, stats, layer, articleIds)])) as Record<
    PageLayer,
    GeneratedRow
  >;
  return { ...head, postmortem, facets, iot };
}

const list = (items: readonly string[]): string => items.map((item, n) => `${n + 1}. ${item}`).join(' ');
const line = (label: string, value: string): string => (value === '' ? label : `${label} ${value}`);
const row = (label: string, { options, rationale }: GeneratedRow): string =>
  line(label, [options.join(', '), rationale ?? ''].filter((part) => part !== '').join(' '));

/** Lays an incident out exactly as the seed pages are: same sections, rows and spacing. */
export function renderReport(report: GeneratedReport): string {
  const rowsOf = (section: 'fault' | 'other') =>
    FACET_IDS.filter((facet) => FACETS[facet].section === section).map((facet) => row(FACETS[facet].label, report.facets[facet]));
  const iotRows = PAGE_LAYERS.map((layer) => {
    const cells = report.iot[layer];
    return cells.options.length === 0 ? `${IOT_LAYERS[layer].label} None None` : row(IOT_LAYERS[layer].label, cells);
  });
  return [
    `Incident: ${report.title}`,
    '',
    `Published Date: ${report.published}`,
    '',
    'Postmortem Analysis',
    ...POSTMORTEM_FIELD_IDS.map((field) => line(POSTMORTEM_LABELS[field], list(report.postmortem[field]))),
    '',
    'Software Taxonomy of Faults',
    '',
    'Category Option Rationale',
    ...rowsOf('fault'),
    '',
    'IoT System Layer',
    '',
    'Layer Option Rationale',
    ...iotRows,
    '',
    'Other Details',
    '',
    'Category Option Rationale',
    ...rowsOf('other'),
    '',
    'Sources',
    '',
    'Back to List',
  ].join('\n');
}

/** One FAIL incident page, the `i`-th of its corpus. */
export function generateReport(rng: Rng, stats: CorpusStats, i: number): string {
  return renderReport(generateIncident(rng, stats, i));
}

const scales = new WeakMap<CorpusStats, number>();

/**
 * The factor applied to drawn text lengths so the expected page size is
 * TARGET_PAGE_BYTES: the page is a fixed skeleton plus per-row overheads plus text
 * whose expected length is known from the quantiles, so the factor is solved for.
 */
export function lengthScale(stats: CorpusStats): number {
  const cached = scales.get(stats);
  if (cached !== undefined) return cached;
  const empty = { options: [], rationale: null };
  const skeleton = renderReport({
    title: '',
    published: '0000-00-00',
    articleIds: [],
    postmortem: Object.fromEntries(POSTMORTEM_FIELD_IDS.map((f) => [f, []])) as unknown as GeneratedReport['postmortem'],
    facets: Object.fromEntries(FACET_IDS.map((f) => [f, empty])) as unknown as GeneratedReport['facets'],
    iot: { perception: empty, communication: empty, application: empty },
  }).length;
  let fixed = skeleton + quantileMean(stats.titleLength) + TITLE_SUFFIX_BYTES;
  let scaled = 0;
  for (const field of POSTMORTEM_FIELD_IDS) {
    const items = weightedMean(stats.postmortem[field].itemCounts);
    fixed += items * 5;
    scaled += items * quantileMean(stats.postmortem[field].itemLength);
  }
  for (const facet of FACET_IDS) {
    const { sets, rationaleLength } = stats.facets[facet];
    const total = sets.reduce((sum, [, n]) => sum + n, 0);
    for (const [set, n] of sets) {
      if (set === '') continue;
      fixed += (n / total) * (set.length + 2);
      scaled += (n / total) * quantileMean(rationaleLength);
    }
  }
  const scale = Math.min(10, Math.max(0.1, (TARGET_PAGE_BYTES - fixed) / scaled));
  scales.set(stats, scale);
  return scale;
}

/** `scripts/corpus-stats.json`, validated. */
export async function readStats(path = STATS_PATH): Promise<CorpusStats> {
  return CorpusStatsSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** The incident records of a built dataset (`DIR/incidents/*.json`), in file-name order. */
export async function readIncidents(datasetDir: string): Promise<Incident[]> {
  const dir = join(datasetDir, 'incidents');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => {
      const parsed = IncidentSchema.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8')));
      if (!parsed.success) throw new Error(`${join(dir, name)}: ${parsed.error.message}`);
      return parsed.data;
    }),
  );
}

/**
 * JSON with one entry per line except short arrays (tuples, quantiles), which stay on
 * one line so the committed file reads and diffs well. Newlines inside strings are
 * escaped by JSON, so the patterns below only ever meet layout.
 */
function compactJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\[\n\s*([^[\]{}]*?)\n\s*\]/g, (whole, inner: string) => {
    const flat = `[${inner.replace(/,\n\s*/g, ', ')}]`;
    return flat.length <= 120 ? flat : whole;
  });
}

/** Recomputes the statistics from a built dataset and writes them where the generator reads them. */
export async function refreshStats(datasetDir: string, path = STATS_PATH): Promise<CorpusStats> {
  const stats = CorpusStatsSchema.parse(computeCorpusStats(await readIncidents(datasetDir)));
  await writeFile(path, `${compactJson(stats)}\n`);
  return stats;
}

/** `reports/003/003412.txt` for page 3412: sorted paths list pages in generation order. */
export function reportPath(i: number): string {
  const folder = String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, '0');
  return join('reports', folder, `${String(i).padStart(6, '0')}.txt`);
}

export interface CorpusOptions {
  readonly count: number;
  readonly seed: number;
  readonly out: string;
  readonly stats: CorpusStats;
}

/** Writes pages one at a time, so memory stays flat whatever the count. */
export async function writeCorpus({ count, seed, out, stats }: CorpusOptions): Promise<{ files: number; bytes: number }> {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const path = join(out, reportPath(i));
    if (i % FILES_PER_FOLDER === 0) await mkdir(dirname(path), { recursive: true });
    const page = Buffer.from(generateReport(pageRng(seed, i), stats, i), 'utf8');
    await writeFile(path, page);
    bytes += page.length;
  }
  return { files: count, bytes };
}

const integer = (name: string, value: string | undefined, min: number): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} needs an integer >= ${min}, got ${value ?? 'nothing'}`);
  return n;
};

async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, refresh: { type: 'string' } },
    strict: true,
  });
  if (values.refresh !== undefined) {
    const stats = await refreshStats(values.refresh);
    console.log(`corpus statistics from ${stats.reports} reports in ${values.refresh} written to ${STATS_PATH}`);
    if (values.out === undefined) return;
  }
  if (values.out === undefined) throw new Error('usage: generate-corpus --count N --seed S --out DIR | --refresh DATASET_DIR');
  const count = integer('count', values.count, 1);
  const seed = integer('seed', values.seed, 0);
  const { files, bytes } = await writeCorpus({ count, seed, out: values.out, stats: await readStats() });
  console.log(`wrote ${files} files, ${bytes} bytes (${(bytes / 2 ** 20).toFixed(1)} MiB) to ${join(values.out, 'reports')}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
