/**
 * Publication dates as the dataset holds them: real calendar dates of years the
 * dashboard can draw. A date such as 2019-13-40 would pass a pattern check and then
 * break every date computation in the app, so both spellings (`YYYY-MM-DD` in a record,
 * the integer YYYYMMDD in the index) are checked against the calendar. The years are
 * the ones a link's year filter can name; a later year is a typo, and would only
 * stretch every chart over time across centuries of empty periods.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
// Arithmetic rather than a Date per call: the index's schema checks every row's date on load.
const daysIn = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]);

/** Whether year, month (1–12) and day name a day of the calendar within the years above. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= EARLIEST_YEAR &&
    year <= LATEST_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month)
  );
}

/** `YYYY-MM-DD` for a calendar date, or null when there is no such day. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!isCalendarDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether `text` is exactly `YYYY-MM-DD` and names a calendar date. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Whether `code` is the integer YYYYMMDD of a calendar date. */
export function isDateCode(code: number): boolean {
  return Number.isInteger(code) && isCalendarDate(Math.floor(code / 10000), Math.floor(code / 100) % 100, code % 100);
}
