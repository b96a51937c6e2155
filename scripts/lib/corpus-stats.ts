/**
 * What the synthetic corpus imitates: frequencies and length distributions measured on
 * the real, bundled reports. Computed from built incident records rather than from the
 * report files, so the statistics follow the real parsers and never a second reading
 * of the page format.
 */
import { z } from 'zod';
import type { Incident } from '../../src/domain/schema';
import { FACET_IDS, POSTMORTEM_FIELD_IDS } from '../../src/domain/taxonomy';
import type { FacetId, PostmortemFieldId } from '../../src/domain/taxonomy';
import { stripCitations } from './text';

export const CORPUS_STATS_FORMAT = 'faultline-corpus-stats/1';

/** Quantiles at 0 %, 5 %, … 100 %: enough to redraw a length distribution smoothly. */
export const QUANTILE_STEPS = 20;

/** Caps that keep `scripts/corpus-stats.json` small enough to commit. */
const MAX_FRAGMENTS = 500;
const MAX_ORGANIZATIONS = 300;
const MAX_ORGANIZATION_LENGTH = 40;
const FRAGMENT_LENGTH = { min: 40, max: 240 };

const QuantilesSchema = z.array(z.number().nonnegative()).length(QUANTILE_STEPS + 1);
const CountsSchema = <T extends z.ZodType>(value: T) => z.array(z.tuple([value, z.number().int().positive()]));

const recordOf = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>).strict();

export const CorpusStatsSchema = z.object({
  format: z.literal(CORPUS_STATS_FORMAT),
  reports: z.number().int().positive().describe('How many analysed reports the statistics were drawn from'),
  facets: recordOf(
    FACET_IDS,
    z.object({
      sets: CountsSchema(z.string()).min(1).describe('Option sets as written ("design, operation"; "" = not analysed) and how often each occurs'),
      rationaleLength: QuantilesSchema.describe('Characters in the rationale of an analysed facet'),
    }),
  ),
  postmortem: recordOf(
    POSTMORTEM_FIELD_IDS,
    z.object({
      itemCounts: CountsSchema(z.number().int().nonnegative()).min(1),
      itemLength: QuantilesSchema.describe('Characters in one list item, citations included'),
    }),
  ),
  titleLength: QuantilesSchema,
  titleWords: z.array(z.string().min(1)).min(1),
  organizations: z.array(z.string().min(1)).min(1),
  years: CountsSchema(z.number().int()).min(1),
  fragments: z.array(z.string().min(1)).min(1).describe('Sentences sampled from rationales and postmortem items, citations removed'),
});
export type CorpusStats = z.infer<typeof CorpusStatsSchema>;
export type FacetStats = CorpusStats['facets'][FacetId];
export type PostmortemStats = CorpusStats['postmortem'][PostmortemFieldId];

/** Linear-interpolated quantiles of `values`; all zero when there are none. */
export function quantiles(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return Array.from({ length: QUANTILE_STEPS + 1 }, (_, step) => {
    if (sorted.length === 0) return 0;
    const at = (step / QUANTILE_STEPS) * (sorted.length - 1);
    const low = Math.floor(at);
    const high = Math.min(low + 1, sorted.length - 1);
    return Math.round(sorted[low] + (at - low) * (sorted[high] - sorted[low]));
  });
}

/** Occurrences of each value, most frequent first, ties in the order values sort. */
function tally<T extends string | number>(values: Iterable<T>): [T, number][] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * An option set that a page row can carry back unchanged: options separated by `, `
 * and ended by the first other space, so an option holding a space or comma cannot.
 */
const writable = (options: readonly string[]): boolean => options.every((o) => /^[^\s,]+$/.test(o));

/** Every `step`-th value, so a long list is thinned evenly across all incidents. */
const thin = <T>(values: readonly T[], max: number): T[] => {
  const step = Math.ceil(values.length / max);
  return values.filter((_, i) => i % step === 0);
};

/**
 * Sentences that read as prose inside any generated list item or rationale: no
 * brackets (citations are added separately), no "(a)" markers and nothing that a
 * numbered-list reader could take for an item number such as "… 7. ".
 */
function sentences(text: string): string[] {
  return stripCitations(text)
    .replace(/\([a-z]\)\s*/g, '')
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(
      (s) =>
        s.length >= FRAGMENT_LENGTH.min &&
        s.length <= FRAGMENT_LENGTH.max &&
        !/[[\]]/.test(s) &&
        !/(^|\s)\d{1,3}\.(\s|$)/.test(s),
    );
}

const titleWordsOf = (title: string): string[] =>
  title
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0 && !/^\d+$/.test(w));

/**
 * Statistics of the analysed reports among `incidents` (raw articles carry no
 * analysis and are left out). Deterministic: the same incidents in the same order give
 * the same statistics, so the committed JSON only changes when the data does.
 */
export function computeCorpusStats(incidents: Iterable<Incident>): CorpusStats {
  const reports = [...incidents].filter((incident) => incident.kind === 'report');
  if (reports.length === 0) throw new Error('no analysed reports to draw corpus statistics from');

  const facets = Object.fromEntries(
    FACET_IDS.map((facet) => {
      const analysed = reports.filter((r) => writable(r.facets[facet]));
      const lengths = analysed
        .filter((r) => r.facets[facet].length > 0)
        .map((r) => r.rationale[facet]?.length ?? 0)
        .filter((n) => n > 0);
      return [facet, { sets: tally(analysed.map((r) => r.facets[facet].join(', '))), rationaleLength: quantiles(lengths) }];
    }),
  ) as CorpusStats['facets'];

  const postmortem = Object.fromEntries(
    POSTMORTEM_FIELD_IDS.map((field) => [
      field,
      {
        itemCounts: tally(reports.map((r) => r.postmortem[field].length)),
        itemLength: quantiles(reports.flatMap((r) => r.postmortem[field].map((item) => item.text.length))),
      },
    ]),
  ) as CorpusStats['postmortem'];

  const organizations = [...new Set(reports.flatMap((r) => r.organizations))]
    .filter((o) => o.length <= MAX_ORGANIZATION_LENGTH && !/[[\]]|\s[-–—]\s|:\s/.test(o))
    .sort();
  const texts = reports.flatMap((r) => [
    ...FACET_IDS.map((facet) => r.rationale[facet] ?? ''),
    ...POSTMORTEM_FIELD_IDS.flatMap((field) => r.postmortem[field].map((item) => item.text)),
  ]);
  const years = reports.flatMap((r) => (r.published ? [Number(r.published.slice(0, 4))] : []));

  return {
    format: CORPUS_STATS_FORMAT,
    reports: reports.length,
    facets,
    postmortem,
    titleLength: quantiles(reports.map((r) => r.title.length)),
    titleWords: [...new Set(reports.flatMap((r) => titleWordsOf(r.title)))].sort(),
    organizations: thin(organizations, MAX_ORGANIZATIONS),
    years: tally(years).sort((a, b) => a[0] - b[0]),
    fragments: thin([...new Set(texts.flatMap(sentences))], MAX_FRAGMENTS),
  };
}
