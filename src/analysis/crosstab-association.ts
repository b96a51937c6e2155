import type { FacetId } from '../domain/taxonomy';
import { popcount, popcountAnd } from './bitset';
import type { Bitset } from './bitset';
import type { Crosstab, CrosstabLine } from './crosstab';
import { withRealAnswer } from './crosstab';
import type { PreparedColumns } from './prepared-columns';
import { chiSquareTest } from './statistics/chi-square-test';
import type { ChiSquareResult } from './statistics/chi-square-test';
import { fisherExactTwoSided } from './statistics/fisher-exact';
import type { ShufflePlan } from './shuffle-plan';

/**
 * Where the p-value comes from. `chi-square`: Pearson's test with the chi-square
 * distribution, one option per incident and expected counts large enough (Cochran's
 * rule). `fisher`: Fisher's exact test, a 2 × 2 table with small expected counts.
 * `monte-carlo`: one option per incident, small expected counts, a larger table: tables
 * with the same margins drawn at random. `permutation`: some incident has several options,
 * so whole option sets are shuffled between incidents.
 */
export type AssociationMethod = 'chi-square' | 'fisher' | 'monte-carlo' | 'permutation';

/**
 * The test of independence between two facets over a crosstab's real answers. It covers
 * the `n` incidents with at least one real answer (not `unknown`, not "not analysed") in
 * both facets; `rows` and `cols` are the tested lines with `total` = the tested incidents
 * having them, the margins every expected count is computed from
 * (`expected = row total × column total ÷ n`). `pairs` sums the tested cells: above `n`
 * exactly when `multiValued`.
 *
 * `pValue` is known at once for `chi-square` and `fisher`; for `monte-carlo` and
 * `permutation` it is null and `shuffle` says what to run. `result`'s own `pValue` is the
 * chi-square approximation, which is not the p-value unless `method` is `chi-square`.
 */
export interface CrosstabAssociation {
  readonly rows: readonly CrosstabLine[];
  readonly cols: readonly CrosstabLine[];
  readonly n: number;
  readonly pairs: number;
  readonly multiValued: boolean;
  readonly result: ChiSquareResult;
  readonly method: AssociationMethod | null;
  readonly pValue: number | null;
  readonly shuffle: ShufflePlan | null;
}

/** The seed of every shuffle: fixed, so the same data always gives the same p. */
export const SHUFFLE_SEED = 20_260_101;
/** Shuffles for tables up to 4,000 incidents: a p near 0.05 to within ±0.004 (95%). */
export const MAX_SHUFFLES = 10_000;
/**
 * Fewer, for the largest tables, keep the test under a second at 100,000 incidents; the
 * p-value then shows with the coarser margin they allow (p ≤ 0.002 at the least).
 */
const MIN_SHUFFLES = 500;
/** Incident draws one test may spend: 10,000 shuffles of 4,000 incidents. */
const DRAW_BUDGET = 40_000_000;

/** How many shuffles a test of `n` incidents gets. */
export function shufflesFor(n: number): number {
  return Math.max(MIN_SHUFFLES, Math.min(MAX_SHUFFLES, Math.floor(DRAW_BUDGET / Math.max(1, n))));
}

const isGap = (line: CrosstabLine): boolean => line.role === 'unknown' || line.role === 'not-analysed';

function methodFor(multiValued: boolean, result: ChiSquareResult): AssociationMethod | null {
  const test = result.test;
  if (test === null) return null;
  if (multiValued) return 'permutation';
  if (test.validity.reliable) return 'chi-square';
  return test.keptRows.length === 2 && test.keptColumns.length === 2 ? 'fisher' : 'monte-carlo';
}

function fisherOf(cells: readonly (readonly number[])[], rows: readonly number[], cols: readonly number[]): number {
  const [a, b, c, d] = rows.flatMap((i) => cols.map((j) => cells[i][j]));
  return fisherExactTwoSided(a, b, c, d);
}

/**
 * Tests `table` (counted by `crosstab` over `mask`) for independence between its two
 * facets, leaving `unknown` and "not analysed" out, and picks the method the data allow.
 */
export function crosstabAssociation(columns: PreparedColumns, mask: Bitset, table: Crosstab): CrosstabAssociation {
  const rowBits = columns.facets[table.rowFacet];
  const colBits = columns.facets[table.colFacet];
  const tested = withRealAnswer(withRealAnswer(mask, rowBits), colBits);
  const n = popcount(tested);
  const rowIndices = table.rows.flatMap((line, i) => (isGap(line) ? [] : [i]));
  const colIndices = table.cols.flatMap((line, j) => (isGap(line) ? [] : [j]));
  const optionIndex = (facet: FacetId) => (line: CrosstabLine) => columns.facets[facet].options.indexOf(line.key);
  const rowOptions = rowIndices.map((i) => optionIndex(table.rowFacet)(table.rows[i]));
  const colOptions = colIndices.map((j) => optionIndex(table.colFacet)(table.cols[j]));
  const rows = rowIndices.map((i, t) => ({ ...table.rows[i], total: popcountAnd(tested, rowBits.optionBits[rowOptions[t]]) }));
  const cols = colIndices.map((j, t) => ({ ...table.cols[j], total: popcountAnd(tested, colBits.optionBits[colOptions[t]]) }));
  const cells = rowIndices.map((i) => colIndices.map((j) => table.cells[i][j]));
  const pairs = cells.flat().reduce((total, count) => total + count, 0);
  const result = chiSquareTest(cells, { rows: rows.map((l) => l.total), cols: cols.map((l) => l.total), n });
  // Each tested incident makes one pair per row option × column option it has, so the
  // pairs outnumber the incidents exactly when one of them has two options in a facet.
  const multiValued = pairs > n;
  const method = methodFor(multiValued, result);
  const test = result.test;
  const pValue = test === null ? null : method === 'chi-square' ? test.pValue : method === 'fisher' ? fisherOf(cells, test.keptRows, test.keptColumns) : null;
  const shuffle =
    method === 'permutation' || method === 'monte-carlo'
      ? {
          tested,
          n,
          rowLines: rowOptions.map((k) => rowBits.optionBits[k]),
          colLines: colOptions.map((k) => colBits.optionBits[k]),
          shuffles: shufflesFor(n),
          seed: SHUFFLE_SEED,
        }
      : null;
  return { rows, cols, n, pairs, multiValued, result, method, pValue, shuffle };
}
