import { useMemo } from 'react';
import { formatCount } from '../components/format-count';
import type { CrosstabFigure } from '../figures/crosstab-figure';
import type { FigureTarget } from '../figures/figure';
import { useShuffleRun } from '../state/use-shuffled-p';
import { figureLink } from './figure-link';
import type { FigureMode } from './figure-mode';
import { Heatmap } from './heatmap';
import type { HeatmapModel } from './heatmap-types';
import type { ChartLinkTarget } from './trend-types';

/** The heatmap of a crosstab figure; in an image its marks lead nowhere. */
function crosstabHeatmapModel(figure: CrosstabFigure, linked: boolean): HeatmapModel {
  const link = (target: FigureTarget): ChartLinkTarget | null => (linked ? figureLink(target) : null);
  return {
    rowTitle: figure.rowTitle,
    colTitle: figure.colTitle,
    rows: figure.rows,
    cols: figure.cols,
    cells: figure.cells.map((line) => line.map((cell) => ({ ...cell, target: link(cell.target) }))),
    margins: {
      rows: figure.rows.map((line) => ({ text: formatCount(line.total), target: link(line.target) })),
      cols: figure.cols.map((line) => ({ text: formatCount(line.total), target: link(line.target) })),
      total: { text: formatCount(figure.total.value), target: link(figure.total.target) },
    },
  };
}

/**
 * A crosstab figure as a heatmap with its margins and legend in one SVG, drawn at its
 * natural size, the legend beside the table on a slide, where height is short. On screen and on a slide each cell and margin links to its incidents and
 * a permutation test still to come is run, which derives the figure again with its
 * p-value; an image draws the figure as it is, without links or cards.
 */
export function CrosstabChart({ figure, mode }: { readonly figure: CrosstabFigure; readonly mode: FigureMode }) {
  const linked = mode !== 'export';
  useShuffleRun(linked ? figure.shuffle : null);
  const model = useMemo(() => crosstabHeatmapModel(figure, linked), [figure, linked]);
  return <Heatmap model={model} legend={figure.legend} label={`${figure.title}: incidents per pair of options`} legendBeside={mode === 'slide'} mode={mode} />;
}
