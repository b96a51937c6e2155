const integer = new Intl.NumberFormat('en');

/**
 * "83,398": every count the dashboard shows or writes into human-readable text goes
 * through this, so thousands are grouped the same way on every view and in every export.
 */
export const formatCount = (count: number): string => integer.format(count);

const decimals = new Map<number, Intl.NumberFormat>();

/** "8,006.7": a non-integer quantity (an expected count) with `digits` decimals and its thousands grouped like a count's. */
export function formatDecimal(value: number, digits: number): string {
  let format = decimals.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    decimals.set(digits, format);
  }
  return format.format(value);
}

/** "3 tests", "1 test": a count and its noun, `many` where it is not one. */
export const countOf = (count: number, one: string, many = `${one}s`): string => `${formatCount(count)} ${count === 1 ? one : many}`;

/** "30 incidents", "1 incident". */
export const incidentCount = (count: number): string => countOf(count, 'incident');
