import type { PermutationResult } from '../../analysis/statistics/set-permutation-test';
import { FACETS } from '../../domain/taxonomy';
import { csvField, toCsv } from '../../export/csv';
import type { CsvValue } from '../../export/csv';
import { optionLabel } from '../../domain/option-label';
import { associationVerdict, methodText } from '../../figures/association-verdict';
import type { CrosstabCells } from '../../figures/crosstab-cells';
import { tableBase } from './crosstab-heatmap';

/** Marks the margin records of the CSV: a line's distinct incidents, not a cell. */
const ALL = '(all)';

/** What the table was counted over, as the screen says it. */
export interface CrosstabCsvContext {
  /** The filters in words: "filters: Objective = malicious; Years 2015–2020". */
  readonly filters: string;
  readonly build: string;
}

function aboutRecords(figures: CrosstabCells, shuffled: PermutationResult | null, context: CrosstabCsvContext): CsvValue[][] {
  const { table, association } = figures;
  const test = association.result.test;
  const records: CsvValue[][] = [
    ['table', `${FACETS[table.rowFacet].name} × ${FACETS[table.colFacet].name}`],
    ['incidents_in_table', table.n],
    ['shares_are_of', tableBase(table)],
    ['filters', context.filters],
    ['dataset_build', context.build],
    ['incidents_tested', association.n],
    ['incident_option_pairs_tested', association.pairs],
  ];
  if (test === null || association.method === null) return [...records, ['test', `none: ${association.result.reason ?? 'no test'}`]];
  const verdict = associationVerdict(association, shuffled);
  const p = association.pValue ?? shuffled?.pValue ?? null;
  records.push(
    ['method', methodText(association.method, test.df, association.shuffle?.shuffles ?? 0)],
    ['chi_square', test.statistic],
    ['df', test.df],
    ['p_value', p],
  );
  if (association.shuffle !== null) {
    records.push(
      ['p_value_monte_carlo_standard_error', shuffled?.standardError ?? null],
      ['shuffles', association.shuffle.shuffles],
      ['seed', association.shuffle.seed],
    );
  }
  records.push(['cramers_v', test.cramersV], ['verdict', verdict === null ? null : `${verdict.statistic}, ${verdict.p}. ${verdict.effect}.`]);
  return records;
}

/**
 * The table in long format, options by the labels the screen shows: one record per cell
 * with its count, shares, expected count and adjusted residual (empty where the test left
 * the line out), then the margins; after a blank line, what the table counts (N, the
 * filters in words, the dataset build) and its test with the method named.
 */
export function crosstabCsv(figures: CrosstabCells, shuffled: PermutationResult | null, context: CrosstabCsvContext): string {
  const { rowFacet, colFacet } = figures.table;
  const rowLabel = (key: string) => optionLabel(rowFacet, key);
  const colLabel = (key: string) => optionLabel(colFacet, key);
  const cells: CsvValue[][] = figures.cells.flat().map((cell) => [
    rowLabel(cell.row.key),
    colLabel(cell.col.key),
    cell.count,
    cell.rowShare,
    cell.colShare,
    cell.overallShare,
    cell.expected,
    cell.residual,
  ]);
  const n = figures.table.n;
  const margins: CsvValue[][] = [
    ...figures.rows.map((line): CsvValue[] => [rowLabel(line.key), ALL, line.total, null, null, n === 0 ? null : line.total / n, null, null]),
    ...figures.cols.map((line): CsvValue[] => [ALL, colLabel(line.key), line.total, null, null, n === 0 ? null : line.total / n, null, null]),
    [ALL, ALL, n, null, null, n === 0 ? null : 1, null, null],
  ];
  const table = toCsv(['row_option', 'column_option', 'incidents', 'row_share', 'column_share', 'overall_share', 'expected', 'adjusted_residual'], [...cells, ...margins]);
  const about = [['about', 'value'], ...aboutRecords(figures, shuffled, context)].map((record) => record.map(csvField).join(','));
  return `${table}\r\n${about.join('\r\n')}\r\n`;
}
