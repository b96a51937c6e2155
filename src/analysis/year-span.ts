import type { PreparedColumns } from './prepared-columns';

/** The first and last publication year of the dataset, inclusive. */
export interface YearSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * The years a year filter can usefully offer: from the earliest to the latest dated
 * incident of the whole dataset (not of the selection, so the choices stay put while
 * filters change). Null when no incident is dated.
 */
export function yearSpan(columns: PreparedColumns): YearSpan | null {
  let first = Infinity;
  let last = -Infinity;
  for (const year of columns.year) {
    if (year === 0) continue;
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return first === Infinity ? null : { first, last };
}
