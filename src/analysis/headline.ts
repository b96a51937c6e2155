import { forEachBit, popcount, popcountAnd } from './bitset';
import type { Bitset } from './bitset';
import type { PreparedColumns } from './prepared-columns';

/**
 * The numbers above the charts. Dates are YYYYMMDD integers over the dated selected
 * incidents, null when none is dated. `analysed` counts reports, because only reports
 * carry a classification; `analysedShare` is null for an empty selection.
 */
export interface Headline {
  readonly selected: number;
  readonly total: number;
  readonly firstPublished: number | null;
  readonly lastPublished: number | null;
  readonly analysed: number;
  readonly analysedShare: number | null;
}

/** Summarises the incidents in `mask`, the selection with every filter applied. */
export function headline(columns: PreparedColumns, mask: Bitset): Headline {
  const selected = popcount(mask);
  const analysed = popcountAnd(mask, columns.reports);
  let first = Infinity;
  let last = -Infinity;
  forEachBit(mask, (row) => {
    const date = columns.published[row];
    if (date === 0) return;
    if (date < first) first = date;
    if (date > last) last = date;
  });
  return {
    selected,
    total: columns.size,
    firstPublished: first === Infinity ? null : first,
    lastPublished: last === -Infinity ? null : last,
    analysed,
    analysedShare: selected === 0 ? null : analysed / selected,
  };
}
