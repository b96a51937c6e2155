import { hasBit, popcount, popcountAnd } from './bitset';
import type { Bitset } from './bitset';
import type { PreparedColumns } from './prepared-columns';

/**
 * The numbers above the charts. Dates are YYYYMMDD integers over the dated selected
 * incidents, null when none is dated. `analysed` counts incidents with at least one
 * classified facet (an answer, `unknown` included), whatever their kind: a report whose
 * facets are all empty is no more analysed than a raw article. `reports` counts the
 * selected incidents of kind report, analysed or not. `analysedShare` is null for an
 * empty selection.
 */
export interface Headline {
  readonly selected: number;
  readonly total: number;
  readonly firstPublished: number | null;
  readonly lastPublished: number | null;
  readonly reports: number;
  readonly analysed: number;
  readonly analysedShare: number | null;
}

/** The first and last publication dates (YYYYMMDD) of the dated incidents in `mask`, null when none is dated. */
export function publishedRange(columns: PreparedColumns, mask: Bitset): { readonly first: number | null; readonly last: number | null } {
  // Walking the dated rows in date order from each end stops at the selection's first
  // row there: a few steps for most selections, never more than one pass.
  const { byDate, dated, published } = columns;
  let first = 0;
  while (first < dated && !hasBit(mask, byDate[first])) first += 1;
  if (first === dated) return { first: null, last: null };
  let last = dated - 1;
  while (!hasBit(mask, byDate[last])) last -= 1;
  return { first: published[byDate[first]], last: published[byDate[last]] };
}

/** Summarises the incidents in `mask`, the selection with every filter applied. */
export function headline(columns: PreparedColumns, mask: Bitset): Headline {
  const selected = popcount(mask);
  const analysed = selected - popcountAnd(mask, columns.unclassified);
  const { first, last } = publishedRange(columns, mask);
  return {
    selected,
    total: columns.size,
    firstPublished: first,
    lastPublished: last,
    reports: popcountAnd(mask, columns.reports),
    analysed,
    analysedShare: selected === 0 ? null : analysed / selected,
  };
}
