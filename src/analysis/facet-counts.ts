import { FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { popcount, popcountAnd } from './bitset';
import type { Bitset } from './bitset';
import type { FacetBits, OptionRole, PreparedColumns } from './prepared-columns';
import type { CrossFilterMasks } from './selection-masks';

/**
 * Incidents in the counted set having `option`. Facets are multi-valued, so an incident
 * counts once under each of its options and shares across a facet may sum past 1.
 * `share` is null where there is nothing to divide by, and for `unknown` when gaps are
 * excluded from the denominator.
 */
export interface OptionCount {
  readonly option: string;
  readonly role: OptionRole;
  readonly count: number;
  readonly share: number | null;
}

/**
 * One facet counted over one set of incidents. `options` holds every option of the
 * dictionary, zero counts included, in dictionary order (vocabulary, `unknown`, extras).
 * `selected` is the size of the counted set and `n` the denominator of every share: equal
 * to `selected`, or with gaps excluded, `selected - notAnalysed - unknownOnly`.
 */
export interface FacetTally {
  readonly options: readonly OptionCount[];
  readonly selected: number;
  readonly n: number;
  /** Incidents whose facet is empty; articles always are. */
  readonly notAnalysed: number;
  /** Null with gaps excluded: not-analysed incidents are outside the denominator. */
  readonly notAnalysedShare: number | null;
  /** Incidents having `unknown`, possibly next to other options. */
  readonly unknown: number;
  /** Incidents whose only option is `unknown`. */
  readonly unknownOnly: number;
}

/**
 * What a facet panel draws: its counts over the cross-filtered selection, and the same
 * counts over all incidents for the faint "all incidents" mark.
 */
export interface FacetPanel {
  readonly facet: FacetId;
  readonly selection: FacetTally;
  readonly baseline: FacetTally;
}

const shareOf = (count: number, n: number): number | null => (n === 0 ? null : count / n);

function shapeTally(
  bits: FacetBits,
  counts: readonly number[],
  selected: number,
  notAnalysed: number,
  unknownOnly: number,
  excludeGaps: boolean,
): FacetTally {
  const n = excludeGaps ? selected - notAnalysed - unknownOnly : selected;
  let unknown = 0;
  const options = bits.options.map((option, k): OptionCount => {
    const role = bits.roles[k];
    const count = counts[k];
    if (role === 'unknown') unknown += count;
    const share = excludeGaps && role === 'unknown' ? null : shareOf(count, n);
    return { option, role, count, share };
  });
  const notAnalysedShare = excludeGaps ? null : shareOf(notAnalysed, n);
  return { options, selected, n, notAnalysed, notAnalysedShare, unknown, unknownOnly };
}

/**
 * Counts one facet over the incidents in `mask`. `excludeGaps` is the "exclude gaps"
 * switch: it takes not-analysed and unknown-only incidents out of the denominator.
 * `selected` is the size of `mask`, for a caller counting several facets over one mask.
 */
export function countFacet(columns: PreparedColumns, facet: FacetId, mask: Bitset, excludeGaps: boolean, selected = popcount(mask)): FacetTally {
  // A mask of every row is counted by the totals kept at preparation, as the unfiltered overview is.
  if (selected === columns.size) return baselineTally(columns, facet, excludeGaps);
  const bits = columns.facets[facet];
  const counts = bits.optionBits.map((optionBits) => popcountAnd(mask, optionBits));
  return shapeTally(
    bits,
    counts,
    selected,
    popcountAnd(mask, bits.notAnalysed),
    popcountAnd(mask, bits.unknownOnly),
    excludeGaps,
  );
}

/** `countFacet` over every incident, read from the totals kept at preparation: no bitset work. */
export function baselineTally(columns: PreparedColumns, facet: FacetId, excludeGaps: boolean): FacetTally {
  const bits = columns.facets[facet];
  return shapeTally(bits, bits.optionTotals, columns.size, bits.notAnalysedTotal, bits.unknownOnlyTotal, excludeGaps);
}

/**
 * Every facet panel, each counted over its cross-filter mask (all filters but its own)
 * and paired with its baseline. Pure in its arguments, so it belongs in a `useMemo`
 * keyed on the masks and the switch.
 */
export function facetPanels(
  columns: PreparedColumns,
  masks: CrossFilterMasks,
  excludeGaps: boolean,
): Record<FacetId, FacetPanel> {
  return Object.fromEntries(
    FACET_IDS.map((facet) => [
      facet,
      {
        facet,
        selection: countFacet(columns, facet, masks.except[facet], excludeGaps),
        baseline: baselineTally(columns, facet, excludeGaps),
      },
    ]),
  ) as Record<FacetId, FacetPanel>;
}
