import { EARLIEST_YEAR, LATEST_YEAR } from '../domain/calendar-date';
import { hasBit, popcount } from './bitset';
import type { Bitset } from './bitset';
import type { PreparedColumns } from './prepared-columns';

export type RowSort = DateSort | 'title';
export type DateSort = 'date-asc' | 'date-desc';

const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Every row of the dataset in the date order `sort` asks for. Ties keep index order, so
 * the order is stable and the same on every run. Undated rows go last in both orders:
 * they are the rows a reader looks at least. Each selection only filters the result with
 * `orderedRows`.
 */
export function rowOrder(columns: PreparedColumns, sort: DateSort): Uint32Array {
  if (sort === 'date-asc') return columns.byDate;
  return dateOrder(columns.published, -1);
}

/**
 * Every row by title, A to Z as a reader expects (case and accents aside, numbers by
 * value), ties in row order. Sorting titles through a collator is the one slow step of
 * the list, so it runs once per dataset, off the page's thread.
 */
export function titleOrder(title: readonly string[]): Uint32Array {
  const rows = Array.from({ length: title.length }, (_, row) => row);
  rows.sort((a, b) => titleCollator.compare(title[a], title[b]) || a - b);
  return Uint32Array.from(rows);
}

/** The calendar dates a dataset may hold as buckets: a slot for every day of 31-day months. */
const DAY_SLOTS = (LATEST_YEAR - EARLIEST_YEAR + 1) * 12 * 31;

/** YYYYMMDD as its slot, in date order. */
const daySlot = (date: number): number =>
  ((Math.floor(date / 10000) - EARLIEST_YEAR) * 12 + (Math.floor(date / 100) % 100) - 1) * 31 + (date % 100) - 1;

/**
 * A counting sort with one bucket per calendar day, undated rows in a last bucket: every
 * row is placed in two passes without comparing rows or looking dates up in a map, and
 * placing rows in index order keeps ties stable.
 */
export function dateOrder(published: Int32Array, direction: 1 | -1): Uint32Array {
  const slots = new Uint32Array(published.length);
  const starts = new Uint32Array(DAY_SLOTS + 2);
  for (let row = 0; row < published.length; row++) {
    const date = published[row];
    const slot = date === 0 ? DAY_SLOTS : direction === 1 ? daySlot(date) : DAY_SLOTS - 1 - daySlot(date);
    slots[row] = slot;
    starts[slot + 1] += 1;
  }
  for (let i = 1; i < starts.length; i++) starts[i] += starts[i - 1];
  const rows = new Uint32Array(published.length);
  for (let row = 0; row < published.length; row++) rows[starts[slots[row]]++] = row;
  return rows;
}

/** The rows of a selection in a row order, read only as far as a caller looks. */
export interface OrderedRows {
  readonly length: number;
  /** The rows at positions `from` to `to` (exclusive); visits the order only as far as `to` lies. */
  slice(from: number, to: number): Uint32Array;
  /** Every row, in order: made on the first call, in one pass. */
  all(): Uint32Array;
}

/**
 * The rows of `mask` in the order of `order` (a result of `rowOrder` or `titleOrder`).
 * A click changes the selection, and the list shows its first page: at a million
 * incidents, visiting the whole order for every click would cost more than the page.
 */
export function orderedRows(order: Uint32Array, mask: Bitset): OrderedRows {
  const length = popcount(mask);
  let whole: Uint32Array | null = null;
  return {
    length,
    slice(from, to) {
      if (whole !== null) return whole.slice(from, to);
      const rows: number[] = [];
      for (let i = 0, position = 0; i < order.length && position < to; i++) {
        if (!hasBit(mask, order[i])) continue;
        if (position >= from) rows.push(order[i]);
        position += 1;
      }
      return Uint32Array.from(rows);
    },
    all() {
      if (whole === null) {
        whole = new Uint32Array(length);
        let next = 0;
        for (let i = 0; i < order.length; i++) {
          if (hasBit(mask, order[i])) whole[next++] = order[i];
        }
      }
      return whole;
    },
  };
}
