/**
 * Calendar periods for trend charts, over publication dates written as YYYYMMDD
 * integers. A period is addressed by an ordinal that counts periods since year 0, so
 * consecutive periods have consecutive ordinals and a span of periods is a range of
 * integers. All arithmetic is in UTC and reads no clock.
 */
export type Granularity = 'year' | 'quarter' | 'month';

/**
 * One calendar period. `key` sorts in time order as a string and reads as it is:
 * `2019`, `2019-Q2`, `2019-03`. `start` and `end` are its first and last day, YYYYMMDD.
 */
export interface Period {
  readonly key: string;
  readonly granularity: Granularity;
  readonly start: number;
  readonly end: number;
}

const PERIODS_PER_YEAR: Readonly<Record<Granularity, number>> = { year: 1, quarter: 4, month: 12 };

/** The month of a YYYYMMDD date; a month outside 1–12 (a malformed date) is clamped into it. */
const monthOf = (date: number): number => Math.min(12, Math.max(1, Math.floor(date / 100) % 100));

/** The ordinal of the period holding `date` (YYYYMMDD, a real date, not the undated 0). */
export function periodOrdinal(date: number, granularity: Granularity): number {
  const year = Math.floor(date / 10000);
  const perYear = PERIODS_PER_YEAR[granularity];
  return year * perYear + Math.floor(((monthOf(date) - 1) * perYear) / 12);
}

const pad2 = (value: number): string => String(value).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period with the given ordinal; `periodAt(periodOrdinal(d, g), g)` holds `d`. */
export function periodAt(ordinal: number, granularity: Granularity): Period {
  const perYear = PERIODS_PER_YEAR[granularity];
  const year = Math.floor(ordinal / perYear);
  const index = ordinal - year * perYear;
  const months = 12 / perYear;
  const firstMonth = index * months + 1;
  const lastMonth = firstMonth + months - 1;
  const key =
    granularity === 'year' ? String(year) : granularity === 'quarter' ? `${year}-Q${index + 1}` : `${year}-${pad2(firstMonth)}`;
  return {
    key,
    granularity,
    start: year * 10000 + firstMonth * 100 + 1,
    end: year * 10000 + lastMonth * 100 + lastDayOfMonth(year, lastMonth),
  };
}

const dayNumber = (date: number): number =>
  Date.UTC(Math.floor(date / 10000), monthOf(date) - 1, date % 100) / 86_400_000;

/** Whole days from `first` to `last` (YYYYMMDD dates): 0 for the same day, negative if `last` is earlier. */
export function daysBetween(first: number, last: number): number {
  return dayNumber(last) - dayNumber(first);
}

/** `ordinals[row]` for a row outside the rows asked about, or undated. */
export const NO_PERIOD = -1;

/**
 * The period ordinal of every row, in one pass: `ordinals[row]` is
 * `periodOrdinal(published[row])`, or `NO_PERIOD` for an undated row. It depends on the
 * dates alone, not on a selection, so one array serves every trend of a dataset at that
 * granularity.
 */
export function periodOrdinals(published: Int32Array, granularity: Granularity): Int32Array {
  const ordinals = new Int32Array(published.length);
  for (let row = 0; row < published.length; row++) {
    const date = published[row];
    ordinals[row] = date === 0 ? NO_PERIOD : periodOrdinal(date, granularity);
  }
  return ordinals;
}
