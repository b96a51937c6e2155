import { toCsv } from '../../export/csv';
import type { CsvValue } from '../../export/csv';
import type { CrosstabFigures } from './crosstab-figures';

/** Marks the margin records of the CSV: a line's distinct incidents, not a cell. */
const ALL = '(all)';

/**
 * The table in long format: one record per cell with its count, shares, expected count
 * and adjusted residual (empty where the test left the line out), then the margins.
 */
export function crosstabCsv(figures: CrosstabFigures): string {
  const cells: CsvValue[][] = figures.cells.flat().map((cell) => [
    cell.row.key,
    cell.col.key,
    cell.count,
    cell.rowShare,
    cell.colShare,
    cell.overallShare,
    cell.expected,
    cell.residual,
  ]);
  const margins: CsvValue[][] = [
    ...figures.rows.map((line): CsvValue[] => [line.key, ALL, line.total, null, null, line.total / figures.table.n, null, null]),
    ...figures.cols.map((line): CsvValue[] => [ALL, line.key, line.total, null, null, line.total / figures.table.n, null, null]),
    [ALL, ALL, figures.table.n, null, null, 1, null, null],
  ];
  return toCsv(['row_option', 'column_option', 'incidents', 'row_share', 'column_share', 'overall_share', 'expected', 'adjusted_residual'], [...cells, ...margins]);
}
