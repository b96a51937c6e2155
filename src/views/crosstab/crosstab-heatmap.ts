import type { Crosstab, CrosstabLine } from '../../analysis/crosstab';
import type { CrosstabSettings, UrlFilters, UrlState } from '../../state/url-state';
import { hrefFor, navigate } from '../../state/use-url-state';
import type { HeatCell, HeatLine, HeatmapModel } from '../../charts/heatmap-types';
import type { ChartLinkTarget } from '../../charts/trend-types';
import { formatShare } from '../../components/format-share';
import { FACETS } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';
import { listState, withOptions, withoutFacets } from '../../state/drill-down';
import { signed } from '../../figures/stat-text';
import { optionLabel } from '../../domain/option-label';
import type { CellFigures, CrosstabCells } from '../../figures/crosstab-cells';
import { NOTABLE_RESIDUAL, shownValue } from '../../figures/crosstab-cells';
import { formatCount, formatDecimal } from '../../components/format-count';
import { incidentCount } from '../../charts/share-text';

/** Residuals are shaded up to this size; anything larger is as dark as it gets. */
const RESIDUAL_SCALE = 4;

const isGap = (line: CrosstabLine): boolean => line.role === 'unknown' || line.role === 'not-analysed';

function target(state: UrlState, filters: UrlFilters, label: string): ChartLinkTarget {
  const to = listState(state, filters);
  return { href: hrefFor(to), label, onFollow: () => navigate(to) };
}


/** What the table's N counts, for the overall share's denominator. */
export function tableBase(table: Crosstab): string {
  return table.excludeGaps
    ? `the ${incidentCount(table.n)} with a real answer in both facets`
    : `all ${incidentCount(table.n)} of the table, unknown and not analysed included`;
}

/** "Expected under independence: 21 × 30 ÷ 40 = 15.8", the numbers a reader can check on the margins. */
export function expectedText(cell: CellFigures): string | null {
  if (cell.expected === null || cell.expectedFrom === null) return null;
  const { row, col, n } = cell.expectedFrom;
  return `Expected under independence: ${formatCount(row)} × ${formatCount(col)} ÷ ${formatCount(n)} = ${formatDecimal(cell.expected, 1)}`;
}

function tipOf(cell: CellFigures, rowName: string, colName: string, rowFacet: FacetId, colFacet: FacetId, table: Crosstab): string[] {
  const row = optionLabel(rowFacet, cell.row.key);
  const col = optionLabel(colFacet, cell.col.key);
  const lines = [
    `${rowName}: ${row} × ${colName}: ${col}`,
    incidentCount(cell.count),
    `${formatShare(cell.rowShare)} of the ${formatCount(cell.row.total)} “${row}” (row %)`,
    `${formatShare(cell.colShare)} of the ${formatCount(cell.col.total)} “${col}” (column %)`,
    `${formatShare(cell.overallShare)} of ${tableBase(table)} (overall %)`,
  ];
  const expected = expectedText(cell);
  if (expected === null || cell.expectedFrom === null || cell.residual === null) {
    return [...lines, 'Not in the test: unknown and not analysed are left out'];
  }
  const verdict =
    Math.abs(cell.residual) > NOTABLE_RESIDUAL
      ? `${cell.residual > 0 ? 'more' : 'fewer'} than independence predicts`
      : 'within what independence predicts';
  const { n } = cell.expectedFrom;
  return [
    ...lines,
    expected,
    `(of the ${incidentCount(n)} with a real answer in both facets, ${formatCount(cell.expectedFrom.row)} have “${row}” and ${formatCount(cell.expectedFrom.col)} “${col}”)`,
    `Adjusted residual ${signed(cell.residual)}: ${verdict}`,
  ];
}

/**
 * The heatmap the crosstab view draws: each cell's shown number (count or share), its
 * colour (by that number, or by its adjusted residual), an outline where |r| > 1.96, the
 * card shown on hover and focus, and the incident list it links to. The links replace
 * the two facets' filters, which the table was counted without, so they are exact.
 */
export function crosstabHeatmap(figures: CrosstabCells, settings: CrosstabSettings, state: UrlState): HeatmapModel {
  const { rows: rowFacet, cols: colFacet, cell: mode, shade } = settings;
  const rowName = FACETS[rowFacet].name;
  const colName = FACETS[colFacet].name;
  const base = withoutFacets(state.filters, [rowFacet, colFacet]);
  const both = (row: string, col: string) =>
    rowFacet === colFacet ? withOptions(base, rowFacet, [row, col]) : withOptions(withOptions(base, rowFacet, [row]), colFacet, [col]);
  const values = figures.cells.flat().map((cell) => shownValue(cell, mode) ?? 0);
  const max = Math.max(...values, 0);
  const line = (facet: FacetId) => (l: CrosstabLine): HeatLine => ({ key: l.key, label: optionLabel(facet, l.key), gap: isGap(l) });
  const cells = figures.cells.map((row) =>
    row.map((cell): HeatCell => {
      const value = shownValue(cell, mode);
      const tip = tipOf(cell, rowName, colName, rowFacet, colFacet, figures.table);
      const residualTone = cell.residual === null ? 'none' : cell.residual > 0 ? 'positive' : 'negative';
      return {
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
  const margin = (facet: FacetId, name: string) => (l: CrosstabLine) => ({
    text: formatCount(l.total),
    target: target(state, withOptions(base, facet, [l.key]), `${name}: ${optionLabel(facet, l.key)}, ${incidentCount(l.total)} in all. List them`),
  });
  return {
    rowTitle: rowName,
    colTitle: colName,
    rows: figures.rows.map(line(rowFacet)),
    cols: figures.cols.map(line(colFacet)),
    cells,
    margins: {
      rows: figures.rows.map(margin(rowFacet, rowName)),
      cols: figures.cols.map(margin(colFacet, colName)),
      total: { text: formatCount(figures.table.n), target: target(state, base, `All ${incidentCount(figures.table.n)} of the table. List them`) },
    },
  };
}
