import { chiSquareSf } from './chi-square-distribution';

/**
 * Cochran's rule for when the chi-square approximation can be trusted: at most 20% of
 * expected counts below 5 and none below 1 (counted over the cells the test used).
 */
export interface ChiSquareValidity {
  /** Cells the test used: kept rows × kept columns. */
  readonly cells: number;
  readonly expectedBelowFive: number;
  readonly expectedBelowFiveShare: number;
  readonly minExpected: number;
  readonly anyExpectedBelowOne: boolean;
  /** Cochran's rule holds; when false, say the p-value is unreliable. */
  readonly reliable: boolean;
}

/**
 * Pearson's chi-square test of independence. `expected` and `adjustedResiduals` have the
 * shape of the table passed in; rows and columns whose total is 0 carry no information,
 * so the test drops them (`keptRows`, `keptColumns`): their expected counts are 0 and
 * their residuals null. `df = (r' − 1)(c' − 1)` over the kept lines.
 */
export interface ChiSquareTest {
  readonly n: number;
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  /**
   * Cramér's V = √(X² / (n (min(r', c') − 1))), in [0, 1]: the strength of association,
   * comparable across table sizes, where the p-value mostly reflects n. With multi-valued
   * margins n counts observations (incidents), not cells, and the ratio can pass 1 when
   * sets of options go together; V is then capped at 1.
   */
  readonly cramersV: number;
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly expected: readonly (readonly number[])[];
  /**
   * (o − e) / √(e (1 − row/n)(1 − col/n)) (Haberman 1973): roughly standard normal under
   * independence, so |r| > 1.96 marks a cell that departs from it at the 5% level, cell by
   * cell. Positive: more incidents than independence predicts.
   */
  readonly adjustedResiduals: readonly (readonly (number | null)[])[];
  readonly keptRows: readonly number[];
  readonly keptColumns: readonly number[];
  readonly validity: ChiSquareValidity;
}

/** Why no test was run: nothing counted, or fewer than two non-empty rows or columns (df = 0). */
export type ChiSquareSkipReason = 'no-observations' | 'single-row' | 'single-column';

export type ChiSquareResult =
  | { readonly test: ChiSquareTest; readonly reason: null }
  | { readonly test: null; readonly reason: ChiSquareSkipReason };

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

function checkTable(observed: readonly (readonly number[])[]): void {
  const width = observed[0]?.length ?? 0;
  for (const row of observed) {
    if (row.length !== width) throw new RangeError('a contingency table needs rows of equal length');
    for (const count of row) {
      if (!(count >= 0) || !Number.isFinite(count)) throw new RangeError(`counts are finite and >= 0, got ${count}`);
    }
  }
}

/**
 * Distinct observations having each row and each column, and how many there are in all,
 * when one observation may fall in several cells (an incident with two options).
 */
export interface TableMargins {
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  readonly n: number;
}

/**
 * Runs the test on `observed[row][column]` counts. Without `margins`, each count is a
 * number of observations falling in exactly one cell, and the margins are the sums of the
 * cells. With `margins`, a cell counts observations having both its row and its column,
 * which may have others too (multi-valued facets): expected counts are
 * `margins.rows[i] × margins.cols[j] ÷ margins.n`, each cell's mean when the column sets
 * are shuffled between observations, and the residuals are scaled by that shuffle's
 * (hypergeometric) variance; but the cells are not independent, so `pValue`, from the
 * chi-square distribution, only holds when no observation is in two cells; otherwise a
 * permutation test gives the p-value. Large n makes trivial associations significant:
 * read Cramér's V and the residuals, not only the p-value. Returns a reason instead of a
 * test when the table is empty or all counts lie in one row or one column.
 */
export function chiSquareTest(observed: readonly (readonly number[])[], margins?: TableMargins): ChiSquareResult {
  checkTable(observed);
  const rowTotals = margins ? [...margins.rows] : observed.map(sum);
  const columnTotals = margins ? [...margins.cols] : (observed[0] ?? []).map((_, j) => sum(observed.map((row) => row[j])));
  const n = margins ? margins.n : sum(rowTotals);
  const keptRows = rowTotals.flatMap((total, i) => (total > 0 ? [i] : []));
  const keptColumns = columnTotals.flatMap((total, j) => (total > 0 ? [j] : []));
  if (n === 0) return { test: null, reason: 'no-observations' };
  if (keptRows.length < 2) return { test: null, reason: 'single-row' };
  if (keptColumns.length < 2) return { test: null, reason: 'single-column' };

  const expected = rowTotals.map((rowTotal) => columnTotals.map((columnTotal) => (rowTotal * columnTotal) / n));
  const adjustedResiduals: (number | null)[][] = observed.map((row) => row.map(() => null));
  let statistic = 0;
  let expectedBelowFive = 0;
  let minExpected = Infinity;
  for (const i of keptRows) {
    for (const j of keptColumns) {
      const e = expected[i][j];
      const deviation = observed[i][j] - e;
      statistic += (deviation * deviation) / e;
      const variance = e * (1 - rowTotals[i] / n) * (1 - columnTotals[j] / n);
      // A multi-valued line can hold every incident: its cells cannot move under the shuffle, so they have no residual.
      adjustedResiduals[i][j] = variance > 0 ? deviation / Math.sqrt(variance) : null;
      if (e < 5) expectedBelowFive++;
      minExpected = Math.min(minExpected, e);
    }
  }
  const cells = keptRows.length * keptColumns.length;
  const df = (keptRows.length - 1) * (keptColumns.length - 1);
  const expectedBelowFiveShare = expectedBelowFive / cells;
  const anyExpectedBelowOne = minExpected < 1;
  return {
    reason: null,
    test: {
      n,
      statistic,
      df,
      pValue: chiSquareSf(statistic, df),
      cramersV: Math.min(1, Math.sqrt(statistic / (n * (Math.min(keptRows.length, keptColumns.length) - 1)))),
      rowTotals,
      columnTotals,
      expected,
      adjustedResiduals,
      keptRows,
      keptColumns,
      validity: {
        cells,
        expectedBelowFive,
        expectedBelowFiveShare,
        minExpected,
        anyExpectedBelowOne,
        reliable: expectedBelowFiveShare <= 0.2 && !anyExpectedBelowOne,
      },
    },
  };
}
