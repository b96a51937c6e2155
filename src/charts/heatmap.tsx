import type { Ref } from 'react';
import { heatmapLayout } from './heatmap-layout';
import { HEATMAP_PATTERNS, HeatmapRowLabels, HeatmapTable } from './heatmap-parts';
import { ScrollingHeatmap } from './heatmap-scrolling';
import type { HeatmapModel } from './heatmap-types';
import { SvgLegend, legendLayout } from './svg-legend';
import type { LegendItem } from '../figures/legend';
import type { FigureMode } from './figure-mode';

interface HeatmapProps {
  readonly model: HeatmapModel;
  readonly legend: readonly LegendItem[];
  /** Spoken name of the figure. */
  readonly label: string;
  readonly svgRef?: Ref<SVGSVGElement>;
  /** In an image: the SVG alone, its cells pictures rather than links, with no card. */
  readonly mode?: FigureMode;
  /** Beside the table rather than under it: a slide has width to spare and no height. */
  readonly legendBeside?: boolean;
}

/**
 * A table of cells: row and column labels, a cell per pair (each a link to its incidents),
 * the margins when given, and the legend. On screen the row labels stay in view while the
 * cells scroll sideways, with a card per cell and arrow keys between cells. On a slide and
 * in an image it is one SVG at its natural size, legend inside, so an exported image is
 * complete; in an image, only the SVG, its marks pictures.
 */
export function Heatmap({ model, legend, label, svgRef, mode = 'screen', legendBeside = false }: HeatmapProps) {
  const layout = heatmapLayout(model);
  if (mode === 'screen') return <ScrollingHeatmap model={model} layout={layout} legend={legend} label={label} svgRef={svgRef} />;
  const legendBox = legendLayout(legend, legendBeside ? 0 : Math.max(layout.width, 320));
  const legendAt = legendBeside ? { x: layout.width + 16, y: layout.headerHeight } : { x: 4, y: layout.height + 4 };
  const width = Math.ceil(legendBeside ? legendAt.x + legendBox.width : Math.max(layout.width, legendBox.width + 8));
  const height = legendBeside ? Math.max(layout.height, legendAt.y + legendBox.height) : layout.height + legendBox.height + 8;
  const linked = mode !== 'export';
  const svg = (
    <svg ref={svgRef} className="heatmap__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label}>
      <HeatmapRowLabels model={model} layout={layout} />
      <HeatmapTable model={model} layout={layout} linked={linked} />
      <SvgLegend layout={legendBox} x={legendAt.x} y={legendAt.y} patterns={HEATMAP_PATTERNS} />
    </svg>
  );
  if (!linked) return svg;
  return (
    <div className="heatmap">
      <div className="heatmap__scroll">
        <div className="heatmap__canvas">{svg}</div>
      </div>
    </div>
  );
}
