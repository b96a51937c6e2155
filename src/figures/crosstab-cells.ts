import type { Crosstab, CrosstabLine } from '../analysis/crosstab';
import type { CrosstabAssociation } from '../analysis/crosstab-association';
import type { CrosstabCell } from '../state/url-state';

/** Beyond this an adjusted residual departs from independence at the 5% level, cell by cell. */
export const NOTABLE_RESIDUAL = 1.96;

/** Everything known about one cell: its count, its three shares and, where tested, what independence predicts. */
export interface CellFigures {
  readonly row: CrosstabLine;
  readonly col: CrosstabLine;
  readonly count: number;
  /** Of the row's incidents; null when the row has none. */
  readonly rowShare: number | null;
  readonly colShare: number | null;
  readonly overallShare: number | null;
  /** Expected count under independence; null for lines the test left out (gaps, empty lines). */
  readonly expected: number | null;
  /** The numbers `expected` is computed from: row total × column total ÷ n, over the tested incidents. */
  readonly expectedFrom: { readonly row: number; readonly col: number; readonly n: number } | null;
  readonly residual: number | null;
}

/**
 * The crosstab as the view draws it: lines with no incident are set aside (and named in a
 * note) rather than drawn as empty rows, and each cell carries the test's expected count
 * and adjusted residual, matched to it by option key.
 */
export interface CrosstabCells {
  readonly table: Crosstab;
  readonly association: CrosstabAssociation;
  readonly rows: readonly CrosstabLine[];
  readonly cols: readonly CrosstabLine[];
  readonly cells: readonly (readonly CellFigures[])[];
  readonly emptyRows: readonly CrosstabLine[];
  readonly emptyCols: readonly CrosstabLine[];
}

const share = (count: number, total: number): number | null => (total === 0 ? null : count / total);

export function crosstabCells(table: Crosstab, association: CrosstabAssociation): CrosstabCells {
  const test = association.result.test;
  const testRow = new Map(association.rows.map((line, i) => [line.key, i]));
  const testCol = new Map(association.cols.map((line, j) => [line.key, j]));
  const rowIndices = table.rows.flatMap((line, i) => (line.total > 0 ? [i] : []));
  const colIndices = table.cols.flatMap((line, j) => (line.total > 0 ? [j] : []));
  const cells = rowIndices.map((i) =>
    colIndices.map((j): CellFigures => {
      const row = table.rows[i];
      const col = table.cols[j];
      const ti = testRow.get(row.key);
      const tj = testCol.get(col.key);
      const tested = test !== null && ti !== undefined && tj !== undefined && test.keptRows.includes(ti) && test.keptColumns.includes(tj);
      const count = table.cells[i][j];
      return {
        row,
        col,
        count,
        rowShare: share(count, row.total),
        colShare: share(count, col.total),
        overallShare: share(count, table.n),
        expected: tested ? test.expected[ti][tj] : null,
        expectedFrom: tested ? { row: test.rowTotals[ti], col: test.columnTotals[tj], n: test.n } : null,
        residual: tested ? test.adjustedResiduals[ti][tj] : null,
      };
    }),
  );
  return {
    table,
    association,
    rows: rowIndices.map((i) => table.rows[i]),
    cols: colIndices.map((j) => table.cols[j]),
    cells,
    emptyRows: table.rows.filter((line) => line.total === 0),
    emptyCols: table.cols.filter((line) => line.total === 0),
  };
}

/** The number a cell shows for the chosen normalization: its count, or its row, column or overall share. */
export function shownValue(cell: CellFigures, mode: CrosstabCell): number | null {
  if (mode === 'row') return cell.rowShare;
  if (mode === 'col') return cell.colShare;
  if (mode === 'overall') return cell.overallShare;
  return cell.count;
}
