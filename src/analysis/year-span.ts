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
export function yearSpan({ byDate, dated, year }: PreparedColumns): YearSpan | null {
  // The dated rows lead the date order, oldest first: the span is its ends' years.
  return dated === 0 ? null : { first: year[byDate[0]], last: year[byDate[dated - 1]] };
}
