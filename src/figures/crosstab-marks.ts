import type { Crosstab, CrosstabLine } from '../analysis/crosstab';
import { formatCount, formatDecimal, incidentCount } from '../components/format-count';
import { formatShare } from '../components/format-share';
import { FACETS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { optionLabel } from '../domain/option-label';
import { listState, withOptions, withoutFacets } from '../state/drill-down';
import type { CrosstabSettings, UrlFilters, UrlState } from '../state/url-state';
import { NOTABLE_RESIDUAL, shownValue } from './crosstab-cells';
import type { CellFigures, CrosstabCells } from './crosstab-cells';
import type { FigureTarget } from './figure';
import { signed } from '../components/stat-text';

/** How a cell is coloured: by the size of its value, by the sign of its residual, or not at all (untested gaps). */
export type CellTone = 'value' | 'positive' | 'negative' | 'none';

/** A cell as the heatmap draws it: its numbers, what it shows, how it is shaded, its card and the incidents it counts. */
export interface CrosstabMark extends CellFigures {
  /** The number in the cell: "12", "41.7%". */
  readonly text: string;
  /** The residual, when cells are shaded by it. */
  readonly subtext: string | null;
  readonly tone: CellTone;
  /** 0–1: how strongly the tone shows. */
  readonly intensity: number;
  /** |adjusted residual| > 1.96: outlined. */
  readonly notable: boolean;
  /** The card's lines, the first one its heading. */
  readonly tip: readonly string[];
  readonly target: FigureTarget;
}

/** A row or column with its margin: the distinct incidents having the option, not the sum of its cells. */
export interface CrosstabMargin {
  readonly key: string;
  readonly label: string;
  /** Unknown and not analysed, written in italics. */
  readonly gap: boolean;
  readonly total: number;
  readonly target: FigureTarget;
}

/** Residuals are shaded up to this size; anything larger is as dark as it gets. */
const RESIDUAL_SCALE = 4;

const isGap = (line: CrosstabLine): boolean => line.role === 'unknown' || line.role === 'not-analysed';

const target = (state: UrlState, filters: UrlFilters, label: string): FigureTarget => ({ state: listState(state, filters), label });

/** What the table's N counts, for the overall share's denominator. */
function tableBase(table: Crosstab): string {
  return table.excludeGaps
    ? `the ${incidentCount(table.n)} with a real answer in both facets`
    : `all ${incidentCount(table.n)} of the table, unknown and not analysed included`;
}

/** "Expected under independence: 21 × 30 ÷ 40 = 15.8", the numbers a reader can check on the margins. */
function expectedText(cell: CellFigures): string | null {
  if (cell.expected === null || cell.expectedFrom === null) return null;
  const { row, col, n } = cell.expectedFrom;
  return `Expected under independence: ${formatCount(row)} × ${formatCount(col)} ÷ ${formatCount(n)} = ${formatDecimal(cell.expected, 1)}`;
}

function tipOf(cell: CellFigures, rowFacet: FacetId, colFacet: FacetId, table: Crosstab): string[] {
  const row = optionLabel(rowFacet, cell.row.key);
  const col = optionLabel(colFacet, cell.col.key);
  const lines = [
    `${FACETS[rowFacet].name}: ${row} × ${FACETS[colFacet].name}: ${col}`,
    incidentCount(cell.count),
    `${formatShare(cell.rowShare)} of the ${formatCount(cell.row.total)} “${row}” (row %)`,
    `${formatShare(cell.colShare)} of the ${formatCount(cell.col.total)} “${col}” (column %)`,
    `${formatShare(cell.overallShare)} of ${tableBase(table)} (overall %)`,
  ];
  const expected = expectedText(cell);
  if (expected === null || cell.expectedFrom === null) {
    return [...lines, 'Not in the test: unknown and not analysed are left out'];
  }
  const { residual } = cell;
  const verdict =
    residual === null
      ? `No adjusted residual: every incident in the test has “${cell.expectedFrom.row === cell.expectedFrom.n ? row : col}”, so this cell cannot depart from independence`
      : `Adjusted residual ${signed(residual)}: ${Math.abs(residual) > NOTABLE_RESIDUAL ? `${residual > 0 ? 'more' : 'fewer'} than independence predicts` : 'within what independence predicts'}`;
  return [
    ...lines,
    expected,
    `(of the ${incidentCount(cell.expectedFrom.n)} with a real answer in both facets, ${formatCount(cell.expectedFrom.row)} have “${row}” and ${formatCount(cell.expectedFrom.col)} “${col}”)`,
    verdict,
  ];
}

export interface CrosstabMarks {
  readonly rows: readonly CrosstabMargin[];
  readonly cols: readonly CrosstabMargin[];
  readonly cells: readonly (readonly CrosstabMark[])[];
  /** The table's own margin: all its incidents. */
  readonly total: { readonly value: number; readonly target: FigureTarget };
}

/**
 * The marks the crosstab draws: each cell's shown number (count or share), its colour
 * (by that number, or by its adjusted residual), an outline where |r| > 1.96, its card,
 * and the incidents it counts. The targets replace the two facets' filters, which the
 * table was counted without, so they list exactly a cell's or a margin's incidents.
 */
export function crosstabMarks(cells: CrosstabCells, settings: Pick<CrosstabSettings, 'cell' | 'shade'>, state: UrlState): CrosstabMarks {
  const { rowFacet, colFacet } = cells.table;
  const { cell: mode, shade } = settings;
  const base = withoutFacets(state.filters, [rowFacet, colFacet]);
  const both = (row: string, col: string) =>
    rowFacet === colFacet ? withOptions(base, rowFacet, [row, col]) : withOptions(withOptions(base, rowFacet, [row]), colFacet, [col]);
  const max = Math.max(...cells.cells.flat().map((cell) => shownValue(cell, mode) ?? 0), 0);
  const marks = cells.cells.map((row) =>
    row.map((cell): CrosstabMark => {
      const value = shownValue(cell, mode);
      const tip = tipOf(cell, rowFacet, colFacet, cells.table);
      const residualTone = cell.residual === null ? 'none' : cell.residual > 0 ? 'positive' : 'negative';
      return {
        ...cell,
        text: mode === 'count' ? formatCount(cell.count) : formatShare(value),
        subtext: shade === 'residual' && cell.residual !== null ? `r ${signed(cell.residual)}` : null,
        tone: shade === 'value' ? 'value' : residualTone,
        intensity: shade === 'value' ? (max === 0 ? 0 : (value ?? 0) / max) : Math.min(1, Math.abs(cell.residual ?? 0) / RESIDUAL_SCALE),
        notable: cell.residual !== null && Math.abs(cell.residual) > NOTABLE_RESIDUAL,
        tip,
        target: target(state, both(cell.row.key, cell.col.key), `${tip.join('. ')}. List these incidents`),
      };
    }),
  );
  const margin = (facet: FacetId) => (line: CrosstabLine): CrosstabMargin => {
    const label = optionLabel(facet, line.key);
    return {
      key: line.key,
      label,
      gap: isGap(line),
      total: line.total,
      target: target(state, withOptions(base, facet, [line.key]), `${FACETS[facet].name}: ${label}, ${incidentCount(line.total)} in all. List them`),
    };
  };
  const n = cells.table.n;
  return {
    rows: cells.rows.map(margin(rowFacet)),
    cols: cells.cols.map(margin(colFacet)),
    cells: marks,
    total: { value: n, target: target(state, base, `All ${incidentCount(n)} of the table. List them`) },
  };
}
