import { useMemo } from 'react';
import { formatCount } from '../components/format-count';
import { FACETS } from '../domain/taxonomy';
import type { CooccurrenceFigure } from '../figures/cooccurrence-figure';
import { figureLink } from './figure-link';
import type { FigureMode } from './figure-mode';
import { Heatmap } from './heatmap';
import type { HeatCell, HeatmapModel } from './heatmap-types';

/** The figure's matrix as a heatmap: pairs shaded by their count, the diagonal unshaded. */
function heatmapModel(figure: CooccurrenceFigure): HeatmapModel {
  const name = FACETS[figure.facet].name;
  const lines = figure.options.map((option) => ({ key: option.key, label: option.label, gap: option.gap }));
  const cells = figure.cells.map((row) =>
    row.map(
      (cell): HeatCell => ({
        text: formatCount(cell.count),
        subtext: null,
        tone: cell.diagonal ? 'none' : 'value',
        intensity: cell.intensity,
        notable: false,
        tip: cell.lines,
        target: figureLink(cell.target),
      }),
    ),
  );
  return { rowTitle: name, colTitle: name, rows: lines, cols: lines, cells, margins: null };
}

/**
 * A co-occurrence figure: the facet against itself as a heatmap, each cell a link to the
 * incidents having both options on screen and on a slide, and in an image the SVG alone
 * with its legend inside, drawn at its natural size.
 */
export function CooccurrenceChart({ figure, mode }: { readonly figure: CooccurrenceFigure; readonly mode: FigureMode }) {
  const model = useMemo(() => heatmapModel(figure), [figure]);
  return <Heatmap model={model} legend={figure.legend} label={`${FACETS[figure.facet].name}: incidents having each pair of options`} mode={mode} />;
}
