import type { FacetId } from '../domain/taxonomy';
import { and, andNot, createBitset, popcount, popcountAnd } from './bitset';
import type { Bitset } from './bitset';
import { NOT_ANALYSED } from './filters';
import type { FacetBits, OptionRole, PreparedColumns } from './prepared-columns';
import { chiSquareTest } from './statistics/chi-square-test';
import type { ChiSquareResult } from './statistics/chi-square-test';

/** A row or column of a crosstab: an option of the facet, or its "not analysed" gap. */
export type LineRole = OptionRole | 'not-analysed';

/**
 * One row or column. `key` is the option id, or `NOT_ANALYSED` for the gap line (the same
 * key the filters use). `total` is the number of DISTINCT incidents of the table having
 * it: a margin, not the sum of the line's cells.
 */
export interface CrosstabLine {
  readonly key: string;
  readonly role: LineRole;
  readonly total: number;
}

/**
 * Two facets counted against each other over a selection. `cells[i][j]` is the number of
 * incidents having row option i and column option j. Facets are multi-valued: an
 * incident with two row options and one column option is counted once in each of the two
 * cells it touches, so a line's cells may sum past its `total` and all cells past `n`.
 *
 * The table covers the `n` distinct incidents with both facets analysed, or with the
 * `NOT_ANALYSED` lines included, every selected incident. Lines follow the dictionary
 * (vocabulary, `unknown`, extras), then `NOT_ANALYSED` when asked for; every option is
 * listed, zero or not. `pairs` sums every cell: `pairs > n` exactly when some incident of
 * the table has more than one option in one of the two facets.
 */
export interface Crosstab {
  readonly rowFacet: FacetId;
  readonly colFacet: FacetId;
  readonly rows: readonly CrosstabLine[];
  readonly cols: readonly CrosstabLine[];
  readonly cells: readonly (readonly number[])[];
  readonly n: number;
  readonly pairs: number;
  /** Incidents in the mask, whether or not the table covers them. */
  readonly selected: number;
}

export interface CrosstabOptions {
  /** Adds a `NOT_ANALYSED` row and column and covers incidents whose facets are empty. */
  readonly includeNotAnalysed?: boolean;
}

interface LineBits {
  readonly key: string;
  readonly role: LineRole;
  readonly bits: Bitset;
}

function linesOf(facet: FacetBits, includeNotAnalysed: boolean): LineBits[] {
  const lines: LineBits[] = facet.options.map((key, k) => ({ key, role: facet.roles[k], bits: facet.optionBits[k] }));
  if (includeNotAnalysed) lines.push({ key: NOT_ANALYSED, role: 'not-analysed', bits: facet.notAnalysed });
  return lines;
}

/**
 * Counts `rowFacet` against `colFacet` over the incidents in `mask`, with bitsets: each
 * cell is |covered ∧ row option ∧ column option|, a few thousand word operations at
 * 100,000 incidents, so a 15 × 10 table takes a few milliseconds.
 */
export function crosstab(
  columns: PreparedColumns,
  mask: Bitset,
  rowFacet: FacetId,
  colFacet: FacetId,
  { includeNotAnalysed = false }: CrosstabOptions = {},
): Crosstab {
  const rowBits = columns.facets[rowFacet];
  const colBits = columns.facets[colFacet];
  const covered = mask.slice();
  if (!includeNotAnalysed) {
    andNot(covered, rowBits.notAnalysed, covered);
    andNot(covered, colBits.notAnalysed, covered);
  }
  const rowLines = linesOf(rowBits, includeNotAnalysed);
  const colLines = linesOf(colBits, includeNotAnalysed);
  const scratch = createBitset(columns.size);
  let pairs = 0;
  const cells = rowLines.map((row) => {
    and(covered, row.bits, scratch);
    return colLines.map((col) => {
      const count = popcountAnd(scratch, col.bits);
      pairs += count;
      return count;
    });
  });
  const margin = (line: LineBits): CrosstabLine => ({
    key: line.key,
    role: line.role,
    total: popcountAnd(covered, line.bits),
  });
  return {
    rowFacet,
    colFacet,
    rows: rowLines.map(margin),
    cols: colLines.map(margin),
    cells,
    n: popcount(covered),
    pairs,
    selected: popcount(mask),
  };
}

export type CrosstabNormalization = 'row' | 'col' | 'overall';

/**
 * Cells as shares of distinct incidents: `row` divides by the row's `total` ("of the
 * incidents with this row option, the share that also has the column option"), `col` by
 * the column's, `overall` by `n`. Because facets are multi-valued a line's shares may sum
 * past 1. Null where the denominator is 0, never NaN.
 */
export function normalize(table: Crosstab, by: CrosstabNormalization): (number | null)[][] {
  return table.cells.map((row, i) =>
    row.map((count, j) => {
      const denominator = by === 'row' ? table.rows[i].total : by === 'col' ? table.cols[j].total : table.n;
      return denominator === 0 ? null : count / denominator;
    }),
  );
}

export interface CrosstabAssociationOptions {
  /** Keeps `unknown` and `NOT_ANALYSED` lines in the test; by default only real answers are compared. */
  readonly includeGaps?: boolean;
}

/**
 * The chi-square test of independence on a crosstab's cells. `rows` and `cols` are the
 * lines tested, and `result`'s matrices are indexed by them; `pairs` is the sum of their
 * cells, the n the test believes it has.
 *
 * With multi-valued facets the cells are incident–option pairs, not incidents: one
 * incident lands in several cells, the cells are not independent observations and the
 * test counts some incidents more than once, so its p-value is approximate and too small
 * (anti-conservative). Treat it, and the residuals, as a description of where the pairs
 * concentrate rather than as proof; the further `pairs` exceeds the table's `n`, the
 * weaker the claim.
 */
export interface CrosstabAssociation {
  readonly rows: readonly CrosstabLine[];
  readonly cols: readonly CrosstabLine[];
  readonly pairs: number;
  readonly result: ChiSquareResult;
}

const isGap = (line: CrosstabLine): boolean => line.role === 'unknown' || line.role === 'not-analysed';

/** Runs `chiSquareTest` on the table's cells, without the gap lines unless `includeGaps`. */
export function crosstabAssociation(
  table: Crosstab,
  { includeGaps = false }: CrosstabAssociationOptions = {},
): CrosstabAssociation {
  const keep = (line: CrosstabLine): boolean => includeGaps || !isGap(line);
  const rowIndices = table.rows.flatMap((line, i) => (keep(line) ? [i] : []));
  const colIndices = table.cols.flatMap((line, j) => (keep(line) ? [j] : []));
  const cells = rowIndices.map((i) => colIndices.map((j) => table.cells[i][j]));
  return {
    rows: rowIndices.map((i) => table.rows[i]),
    cols: colIndices.map((j) => table.cols[j]),
    pairs: cells.flat().reduce((total, count) => total + count, 0),
    result: chiSquareTest(cells),
  };
}
