import { hasBit, popcount } from './bitset';
import type { Bitset } from './bitset';
import type { PreparedColumns } from './prepared-columns';

export type RowSort = 'date-asc' | 'date-desc' | 'title';

const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Every row of the dataset in the order `sort` asks for. Ties keep index order, so the
 * order is stable and the same on every run. Undated rows go last in both date orders:
 * they are the rows a reader looks at least. Sorting 100,000 titles through a collator
 * is the one slow step of the list, so it runs once per dataset and sort, and each
 * selection only filters the result with `orderedRows`.
 */
export function rowOrder(columns: PreparedColumns, sort: RowSort): Uint32Array {
  const rows = Array.from({ length: columns.size }, (_, row) => row);
  const { published, title } = columns;
  const byIndex = (a: number, b: number): number => a - b;
  if (sort === 'title') {
    rows.sort((a, b) => titleCollator.compare(title[a], title[b]) || byIndex(a, b));
  } else {
    const direction = sort === 'date-asc' ? 1 : -1;
    rows.sort((a, b) => {
      const undated = Number(published[a] === 0) - Number(published[b] === 0);
      return undated || direction * (published[a] - published[b]) || byIndex(a, b);
    });
  }
  return Uint32Array.from(rows);
}

/** The rows of `mask` in the order of `order` (a result of `rowOrder`): one pass, no sorting. */
export function orderedRows(order: Uint32Array, mask: Bitset): Uint32Array {
  const rows = new Uint32Array(popcount(mask));
  let next = 0;
  for (let i = 0; i < order.length; i++) {
    if (hasBit(mask, order[i])) rows[next++] = order[i];
  }
  return rows;
}
