import { FACET_IDS } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';
import { and, andNot, createBitset, popcount, popcountAnd, setBit } from '../bitset';
import type { Bitset } from '../bitset';
import type { FacetBits, PreparedColumns } from '../prepared-columns';
import { adjustPValues } from '../statistics/p-value-adjustment';
import type { Proportion } from '../statistics/proportion-difference';
import { twoProportionTest } from '../statistics/proportion-difference';
import { riskRatio } from '../statistics/risk-ratio';
import { cochranArmitage } from '../statistics/trend-test';
import type { TrendPoint } from '../statistics/trend-test';
import { DEFAULT_GUARDS } from './finding-types';
import type { Finding, FindingGuards, FindingKind, FindingsScan, GroupComparison } from './finding-types';
import { groupAlike } from './group-findings';
import type { Split } from './group-findings';
import { byCodeUnits } from '../../domain/code-unit-order';

/** What a scan reads of the prepared columns: small enough to hand to a worker without the titles. */
export type ScanColumns = Pick<PreparedColumns, 'size' | 'all' | 'year' | 'facets'>;

/** A result before the family's adjustment, with the incident sets that tell when two results are alike. */
export interface Candidate {
  readonly finding: Finding;
  /** The incidents the result rests on: those with every option it names. */
  readonly support: () => Bitset;
  /** The incidents it compares and how each facet's option splits them, facets in scan order. */
  readonly split: () => Split;
}

/** The options a facet's findings are about: its vocabulary and the extras reports wrote, never `unknown`. */
const subjects = (bits: FacetBits): number[] => bits.roles.flatMap((role, k) => (role === 'unknown' ? [] : [k]));

/**
 * Incidents of `within` with a real answer for the facet, neither not analysed nor only
 * unknown: the facet's denominator everywhere in the scan. An incident whose answer is
 * unknown says nothing about whether it has an option, so it is in neither group; the
 * views count the same way with "leave out unknown and not analysed" on.
 */
const analysed = (bits: FacetBits, within: Bitset): Bitset => andNot(andNot(within, bits.notAnalysed), bits.unknownOnly);

/** The 2 × 2 comparison of two groups on one option, or null when a group is empty. */
function compare(exposed: Proportion, reference: Proportion): (GroupComparison & { test: 'z' | 'fisher'; pValue: number }) | null {
  const test = twoProportionTest(reference, exposed);
  const ratio = riskRatio(reference, exposed);
  return test === null || ratio === null ? null : { exposed, reference, ratio, ...test };
}

/** Each option of each facet, in the selection against the rest of the dataset. */
function selectionCandidates(columns: ScanColumns, selection: Bitset, facets: readonly FacetId[], guards: FindingGuards): Candidate[] {
  const rest = andNot(columns.all, selection);
  return facets.flatMap((facet) => {
    const bits = columns.facets[facet];
    const inside = analysed(bits, selection);
    const outside = analysed(bits, rest);
    const n = popcount(inside);
    const m = popcount(outside);
    if (n < guards.minIncidents || m < guards.minIncidents) return [];
    return subjects(bits).flatMap((k): Candidate[] => {
      const x = popcountAnd(inside, bits.optionBits[k]);
      const y = popcountAnd(outside, bits.optionBits[k]);
      if (x + y < guards.minIncidents) return [];
      const compared = compare({ successes: x, n }, { successes: y, n: m });
      if (compared === null) return [];
      const subject = { facet, option: bits.options[k] };
      return [{ finding: { kind: 'selection', key: `selection:${facet}:${subject.option}`, subject, ...compared, qValue: 1 }, support: () => and(inside, bits.optionBits[k]), split: () => ({ family: `selection:${facet}`, base: inside, sets: [and(inside, bits.optionBits[k])] }) }];
    });
  });
}

/**
 * Every pair of options of two different facets (`kind` association), or of one
 * multi-valued facet (`kind` cooccurrence), over the selection's incidents with both
 * facets analysed. Each unordered pair is tested once; the rarer option is the one
 * given, so a sentence reads "incidents with the rarer option have the other … as often".
 */
function pairCandidates(columns: ScanColumns, selection: Bitset, first: FacetId, second: FacetId, guards: FindingGuards): Candidate[] {
  const a = columns.facets[first];
  const b = columns.facets[second];
  const base = analysed(b, analysed(a, selection));
  const total = popcount(base);
  if (total < 2 * guards.minIncidents) return [];
  const same = first === second;
  const kind = same ? 'cooccurrence' : 'association';
  const countsA = subjects(a).map((k) => ({ k, count: popcountAnd(base, a.optionBits[k]) }));
  const countsB = same ? countsA : subjects(b).map((k) => ({ k, count: popcountAnd(base, b.optionBits[k]) }));
  const candidates: Candidate[] = [];
  for (const [i, x] of countsA.entries()) {
    if (x.count < guards.minIncidents || total - x.count < guards.minIncidents) continue;
    const withX = and(base, a.optionBits[x.k]);
    for (const y of same ? countsB.slice(i + 1) : countsB) {
      if (y.count < guards.minIncidents || total - y.count < guards.minIncidents) continue;
      const both = popcountAnd(withX, b.optionBits[y.k]);
      const xGiven = x.count < y.count || (x.count === y.count && !same);
      const [given, outcome] = xGiven ? [{ facet: first, option: a.options[x.k], count: x.count }, { facet: second, option: b.options[y.k], count: y.count }] : [{ facet: second, option: b.options[y.k], count: y.count }, { facet: first, option: a.options[x.k], count: x.count }];
      const compared = compare({ successes: both, n: given.count }, { successes: outcome.count - both, n: total - given.count });
      if (compared === null) continue;
      if (same) compared.pValue = moreThanChance(compared);
      const refs = { given: { facet: given.facet, option: given.option }, outcome: { facet: outcome.facet, option: outcome.option } };
      candidates.push({
        finding: { kind, key: `${kind}:${given.facet}:${given.option}:${outcome.facet}:${outcome.option}`, ...refs, ...compared, qValue: 1 },
        support: () => and(withX, b.optionBits[y.k]),
        split: () => ({ family: `${kind}:${first}:${second}`, base, sets: [withX, and(base, b.optionBits[y.k])] }),
      });
    }
  }
  return candidates;
}

/**
 * The one-sided p-value that two options of one facet occur together more often than
 * chance. Most incidents are given one option of a facet, so its options avoid each
 * other by construction: a two-sided test would "find" that in every facet, and each such
 * find would loosen the adjustment for the rest of the family. Half the two-sided p in
 * the direction observed, and 1 − that against it (exact for the z-test, close for Fisher's).
 */
const moreThanChance = ({ ratio, pValue }: GroupComparison & { pValue: number }): number => (ratio.ratio > 1 ? pValue / 2 : 1 - pValue / 2);

/** A facet holds more than one option per incident somewhere: only then can its options co-occur. */
function isMultiValued(bits: FacetBits): boolean {
  const options = subjects(bits);
  return options.some((k, i) => options.slice(i + 1).some((j) => popcountAnd(bits.optionBits[k], bits.optionBits[j]) > 0));
}

/** The selection's dated incidents per publication year, in year order. */
function yearSets(columns: ScanColumns, selection: Bitset): { year: number; rows: Bitset }[] {
  const byYear = new Map<number, Bitset>();
  for (let row = 0; row < columns.size; row++) {
    const year = columns.year[row];
    if (year === 0 || (selection[row >>> 5] & (1 << (row & 31))) === 0) continue;
    let rows = byYear.get(year);
    if (rows === undefined) {
      rows = createBitset(columns.size);
      byYear.set(year, rows);
    }
    setBit(rows, row);
  }
  return [...byYear.entries()].sort(([x], [y]) => x - y).map(([year, rows]) => ({ year, rows }));
}

/**
 * Each option's share across the selection's publication years: the Cochran–Armitage
 * test for a straight-line trend, and the latest year against all earlier ones. Years
 * with fewer incidents than the minimum are left out, and at least three must remain.
 */
function timeCandidates(columns: ScanColumns, selection: Bitset, facets: readonly FacetId[], guards: FindingGuards): Candidate[] {
  const years = yearSets(columns, selection);
  return facets.flatMap((facet) => {
    const bits = columns.facets[facet];
    const periods = years.map(({ year, rows }) => ({ year, rows: analysed(bits, rows) })).filter(({ rows }) => popcount(rows) >= guards.minIncidents);
    if (periods.length < 3) return [];
    const sizes = periods.map(({ rows }) => popcount(rows));
    const latest = periods[periods.length - 1];
    const earlier = periods.slice(0, -1);
    const earlierSize = sizes.slice(0, -1).reduce((s, n) => s + n, 0);
    return subjects(bits).flatMap((k): Candidate[] => {
      const option = bits.optionBits[k];
      const counts = periods.map(({ rows }) => popcountAnd(rows, option));
      const total = counts.reduce((s, n) => s + n, 0);
      if (total < guards.minIncidents) return [];
      const subject = { facet, option: bits.options[k] };
      const points: TrendPoint[] = periods.map(({ year }, i) => ({ time: year, successes: counts[i], n: sizes[i] }));
      const compared = () => {
        const rows = createBitset(columns.size);
        for (const period of periods) for (let w = 0; w < rows.length; w++) rows[w] |= period.rows[w];
        return rows;
      };
      const support = () => and(compared(), option);
      const split = (kind: 'trend' | 'recent') => () => {
        const base = compared();
        return { family: `${kind}:${facet}`, base, sets: [and(base, option)] };
      };
      const found: Candidate[] = [];
      const trend = cochranArmitage(points);
      if (trend !== null) {
        found.push({
          finding: { kind: 'trend', key: `trend:${facet}:${subject.option}`, subject, points, slope: trend.slope, low: trend.low, high: trend.high, fit: trend.fit, test: 'trend', pValue: trend.pValue, qValue: 1 },
          support,
          split: split('trend'),
        });
      }
      const recent = compare({ successes: counts[counts.length - 1], n: sizes[sizes.length - 1] }, { successes: total - counts[counts.length - 1], n: earlierSize });
      if (recent !== null) {
        found.push({
          finding: { kind: 'recent', key: `recent:${facet}:${subject.option}`, subject, year: latest.year, firstYear: earlier[0].year, ...recent, qValue: 1 },
          support: () => and(latest.rows, option),
          split: split('recent'),
        });
      }
      return found;
    });
  });
}

/** The result is large enough to be worth a reader's time, whatever its p-value. */
function strongEnough(finding: Finding, guards: FindingGuards): boolean {
  if (finding.kind === 'trend') {
    const years = finding.points[finding.points.length - 1].time - finding.points[0].time;
    return Math.abs(finding.slope) * years >= guards.minChange;
  }
  const { ratio } = finding.ratio;
  return ratio >= guards.minRatio || ratio <= 1 / guards.minRatio;
}

/** Strongest evidence first: smallest adjusted p, then the larger effect, then the key, so equal inputs list equally. */
function byEvidence(x: Finding, y: Finding): number {
  const effect = (f: Finding) => (f.kind === 'trend' ? Math.abs(f.slope) : Math.abs(Math.log(f.ratio.ratio)));
  return x.qValue - y.qValue || x.pValue - y.pValue || effect(y) - effect(x) || byCodeUnits(x.key, y.key);
}

/**
 * Scans the `selection` for what stands out: options over- or under-represented against
 * the rest of the dataset (when the selection is not everything), associations between
 * options of every pair of facets, co-occurrence within each multi-valued facet, and
 * trends across the years. Every test is a comparison of incidents (each either has an
 * option or not), so multi-valued facets need no assumption of one option per incident.
 * The p-values are adjusted together (Benjamini–Hochberg, over the whole family), and a
 * result is listed only when its adjusted p reaches `alpha` and its effect the minimum.
 * Facets in `excluded` (those the selection's filters use) are left out entirely: a
 * pattern there would be the filter itself. Pure and deterministic.
 */
export function scanFindings(
  columns: ScanColumns,
  selection: Bitset,
  excluded: readonly FacetId[],
  guards: FindingGuards = DEFAULT_GUARDS,
  progress: (done: number, total: number) => void = () => undefined,
): FindingsScan {
  const facets = FACET_IDS.filter((facet) => !excluded.includes(facet));
  const everything = popcount(selection) === columns.size;
  const pairs = facets.flatMap((first, i) => facets.slice(i + 1).map((second) => [first, second] as const));
  const multiValued = facets.filter((facet) => isMultiValued(columns.facets[facet])).map((facet) => [facet, facet] as const);
  const steps: (() => Candidate[])[] = [
    () => (everything ? [] : selectionCandidates(columns, selection, facets, guards)),
    ...[...pairs, ...multiValued].map(([first, second]) => () => pairCandidates(columns, selection, first, second, guards)),
    () => timeCandidates(columns, selection, facets, guards),
  ];
  const candidates = steps.flatMap((step, i) => {
    const found = step();
    progress(i + 1, steps.length);
    return found;
  });
  const qValues = adjustPValues(candidates.map((c) => c.finding.pValue), 'bh');
  const adjusted = candidates.map((c, i) => ({ ...c, finding: { ...c.finding, qValue: qValues[i] } as Finding }));
  const listed = adjusted.filter(({ finding }) => finding.qValue <= guards.alpha && strongEnough(finding, guards)).sort((x, y) => byEvidence(x.finding, y.finding));
  const testsByKind: Record<FindingKind, number> = { selection: 0, association: 0, cooccurrence: 0, trend: 0, recent: 0 };
  for (const { finding } of candidates) testsByKind[finding.kind]++;
  return { tests: candidates.length, testsByKind, excluded: FACET_IDS.filter((facet) => excluded.includes(facet)), guards, groups: groupAlike(listed, guards.alike) };
}
