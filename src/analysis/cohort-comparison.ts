import { FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { popcount, popcountAnd } from './bitset';
import type { Bitset } from './bitset';
import { countFacet } from './facet-counts';
import type { OptionRole, PreparedColumns } from './prepared-columns';
import { adjustPValues } from './statistics/p-value-adjustment';
import type { PValueAdjustment } from './statistics/p-value-adjustment';
import { proportionDifference } from './statistics/proportion-difference';
import type { ProportionTestKind } from './statistics/proportion-difference';

/** An option's count in one cohort, over the facet's denominator there; share null when that is 0. */
export interface CohortShare {
  readonly count: number;
  readonly n: number;
  readonly share: number | null;
}

/**
 * Why an option was not tested: a cohort has no incident in the facet's denominator, the
 * option occurs in neither cohort (nothing to compare, and a p-value of 1 would only
 * weaken the adjustment of the others), it is `unknown` while gaps are excluded, or its
 * facet is one the cohorts are defined by (`defines-cohorts`): the cohorts differ there by
 * construction, so a test would only confirm the definition and, with its tiny p-value,
 * loosen the adjustment of every other option. Such options keep their shares, difference
 * and interval, to be seen, but no p-value.
 */
export type ComparisonSkipReason = 'empty-cohort' | 'absent-from-both' | 'gap' | 'defines-cohorts';

/**
 * One option compared between cohorts. `difference` = share in B − share in A, with
 * Newcombe's interval (`low`, `high`, unadjusted, at the chosen confidence); `pValue` from
 * the pooled z-test, or Fisher's exact test when an expected count is below 5 (`test`);
 * `adjustedP` across every tested option of every facet. `significant` follows
 * `adjustedP < alpha`, so an interval may exclude 0 for an option that is not
 * significant once the many comparisons are accounted for. All null, and `significant`
 * false, when `skipped` says why.
 */
export interface OptionComparison {
  readonly option: string;
  readonly role: OptionRole;
  readonly a: CohortShare;
  readonly b: CohortShare;
  readonly difference: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly pValue: number | null;
  readonly test: ProportionTestKind | null;
  readonly adjustedP: number | null;
  readonly significant: boolean;
  readonly skipped: ComparisonSkipReason | null;
}

/** A facet's options, sorted by |difference| (largest first; untested options last), ties in dictionary order. */
export interface FacetComparison {
  readonly facet: FacetId;
  /** A cohort's own filter uses this facet: its options are shown but not tested. */
  readonly definesCohorts: boolean;
  /** Denominators of the shares in A and B. */
  readonly nA: number;
  readonly nB: number;
  readonly options: readonly OptionComparison[];
}

/**
 * Something the reader should know before trusting the numbers. `small-cohort`: fewer
 * incidents than the threshold, so intervals are wide and few differences can reach
 * significance. `overlap`: incidents in both cohorts; the tests assume independent
 * samples, and shared incidents make the cohorts look more alike than they are.
 */
export type CohortNote =
  | { readonly kind: 'small-cohort'; readonly cohort: 'a' | 'b'; readonly size: number; readonly threshold: number }
  | { readonly kind: 'overlap'; readonly incidents: number };

/**
 * Cohort B against cohort A, option by option over every facet. `tests` is the number of
 * comparisons the adjustment spans (the family), options of `definingFacets` never among
 * them; `adjustment` 'none' leaves `adjustedP` equal to `pValue`.
 */
export interface CohortComparison {
  readonly definingFacets: readonly FacetId[];
  readonly sizeA: number;
  readonly sizeB: number;
  readonly overlap: number;
  readonly tests: number;
  readonly adjustment: PValueAdjustment | 'none';
  readonly alpha: number;
  readonly confidence: number;
  readonly excludeGaps: boolean;
  readonly notes: readonly CohortNote[];
  readonly facets: Readonly<Record<FacetId, FacetComparison>>;
}

export interface CohortComparisonOptions {
  /** Takes not-analysed and unknown-only incidents out of each facet's denominators, as `countFacet` does. */
  readonly excludeGaps?: boolean;
  /** 'bh' (false discovery rate) by default: a comparison screens dozens of options at once. */
  readonly adjustment?: PValueAdjustment | 'none';
  readonly alpha?: number;
  readonly confidence?: number;
  /** Cohorts smaller than this get a `small-cohort` note; 30 by default. */
  readonly smallCohort?: number;
  /** Facets the cohorts' own filters use: shown, not tested, not in the adjustment's family. */
  readonly definingFacets?: readonly FacetId[];
}

type Draft = Omit<OptionComparison, 'adjustedP' | 'significant'>;

function compareOption(
  option: string,
  role: OptionRole,
  a: CohortShare,
  b: CohortShare,
  skip: ComparisonSkipReason | null,
  confidence: number,
  defining: boolean,
): Draft {
  const untested = { difference: null, low: null, high: null, pValue: null, test: null };
  if (skip !== null) return { option, role, a, b, ...untested, skipped: skip };
  const result = proportionDifference({ successes: a.count, n: a.n }, { successes: b.count, n: b.n }, { confidence });
  if (result === null) return { option, role, a, b, ...untested, skipped: 'empty-cohort' };
  const { estimate, low, high, pValue, test } = result;
  if (defining) return { option, role, a, b, difference: estimate, low, high, pValue: null, test: null, skipped: 'defines-cohorts' };
  return { option, role, a, b, difference: estimate, low, high, pValue, test, skipped: null };
}

const byDifference = (x: OptionComparison, y: OptionComparison): number =>
  (y.difference === null ? -1 : Math.abs(y.difference)) - (x.difference === null ? -1 : Math.abs(x.difference));

/**
 * Compares two cohorts, each a mask the caller built (`selectionMask` of two filter
 * sets): for every facet and option, the share in A and in B, their difference with an
 * interval at `confidence` (95% by default) and a test, adjusted across all the tests run. Shares follow
 * `countFacet`: an incident counts under each of its options, so an option's share is
 * "incidents having it", and the options of a facet are not one multinomial outcome.
 */
export function compareCohorts(
  columns: PreparedColumns,
  maskA: Bitset,
  maskB: Bitset,
  {
    excludeGaps = false,
    adjustment = 'bh',
    alpha = 0.05,
    confidence = 0.95,
    smallCohort = 30,
    definingFacets = [],
  }: CohortComparisonOptions = {},
): CohortComparison {
  const sizeA = popcount(maskA);
  const sizeB = popcount(maskB);
  const overlap = popcountAnd(maskA, maskB);
  const drafts = FACET_IDS.map((facet) => {
    const tallyA = countFacet(columns, facet, maskA, excludeGaps);
    const tallyB = countFacet(columns, facet, maskB, excludeGaps);
    const options = tallyA.options.map((optionA, k): Draft => {
      const a: CohortShare = { count: optionA.count, n: tallyA.n, share: optionA.share };
      const b: CohortShare = { count: tallyB.options[k].count, n: tallyB.n, share: tallyB.options[k].share };
      const skip: ComparisonSkipReason | null =
        a.n === 0 || b.n === 0
          ? 'empty-cohort'
          : excludeGaps && optionA.role === 'unknown'
            ? 'gap'
            : a.count === 0 && b.count === 0
              ? 'absent-from-both'
              : null;
      return compareOption(optionA.option, optionA.role, a, b, skip, confidence, definingFacets.includes(facet));
    });
    return { facet, definesCohorts: definingFacets.includes(facet), nA: tallyA.n, nB: tallyB.n, options };
  });

  const tested = drafts.flatMap((d) => d.options.flatMap((o) => (o.pValue === null ? [] : [o.pValue])));
  const adjusted = adjustment === 'none' ? tested : adjustPValues(tested, adjustment);
  let next = 0;
  const facets = {} as Record<FacetId, FacetComparison>;
  for (const { facet, definesCohorts, nA, nB, options } of drafts) {
    const finished = options.map((o): OptionComparison => {
      const adjustedP = o.pValue === null ? null : adjusted[next++];
      return { ...o, adjustedP, significant: adjustedP !== null && adjustedP < alpha };
    });
    const order = finished.map((_, k) => k).sort((x, y) => byDifference(finished[x], finished[y]) || x - y);
    facets[facet] = { facet, definesCohorts, nA, nB, options: order.map((k) => finished[k]) };
  }

  const notes: CohortNote[] = [];
  if (sizeA < smallCohort) notes.push({ kind: 'small-cohort', cohort: 'a', size: sizeA, threshold: smallCohort });
  if (sizeB < smallCohort) notes.push({ kind: 'small-cohort', cohort: 'b', size: sizeB, threshold: smallCohort });
  if (overlap > 0) notes.push({ kind: 'overlap', incidents: overlap });
  return {
    definingFacets: FACET_IDS.filter((facet) => definingFacets.includes(facet)),
    sizeA,
    sizeB,
    overlap,
    tests: tested.length,
    adjustment,
    alpha,
    confidence,
    excludeGaps,
    notes,
    facets,
  };
}
