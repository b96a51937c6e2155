/**
 * CSV as RFC 4180 writes it: CRLF between records (and after the last), fields holding a
 * comma, a double quote, CR or LF wrapped in double quotes with inner quotes doubled. The
 * text starts with a UTF-8 byte order mark, the one signal Excel reads to open a file as
 * UTF-8 instead of the system code page; without it "café" arrives as "cafÃ©".
 */

export type CsvValue = string | number | null;

const BOM = '\uFEFF';
/** Between records, and after the last. */
export const CRLF = '\r\n';

/**
 * Spreadsheets treat a cell starting with `=`, `+`, `-` or `@` as a formula, and some also
 * after a leading tab or CR. Incident titles and organization names come from reports
 * anyone could write, so `=HYPERLINK("http://evil", "click")` in a title would become a
 * live formula in the analyst's spreadsheet (CSV injection). A leading single quote makes
 * the spreadsheet show the text as text. Numbers are written by this code, never from
 * report text, so a negative number stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field as written in the file. Null is an empty field. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, the header row, then one record per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const records = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${records.join(CRLF)}${CRLF}`;
}

/** One line of what a CSV says about itself before its table: ["N", 123], ["dataset build", "abc"]. */
export type CsvContextLine = readonly [string, CsvValue];

/**
 * `csv` with lines of context before its table, then an empty record: what the chart
 * counts, over which filters, in which dataset build, so a file opened weeks later still
 * says what its numbers mean. A spreadsheet shows the lines above the table; the table
 * itself starts after the first empty record.
 */
export function withCsvContext(csv: string, context: readonly CsvContextLine[]): string {
  const table = csv.startsWith(BOM) ? csv.slice(BOM.length) : csv;
  const lines = context.map((line) => line.map(csvField).join(','));
  return `${BOM}${[...lines, ''].join(CRLF)}${CRLF}${table}`;
}
