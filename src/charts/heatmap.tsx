import { useRef, useState } from 'react';
import type { CSSProperties, Ref } from 'react';
import { HeatmapCell } from './heatmap-cell';
import { heatmapLayout } from './heatmap-layout';
import { HeatmapMargins } from './heatmap-margins';
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

const NO_PATTERNS = { gap: 'none', lown: 'none' };

/**
 * Where a cell's card goes: beside the cell, on whichever side has more of the visible
 * width, measured from the scrolled position so it stays by its cell. It lives outside
 * the scrolling box, which would otherwise clip it.
 */
function cardPlace(
  active: { readonly col: number; readonly scrolled: number; readonly visible: number },
  xOf: (col: number) => number,
  top: number,
): CSSProperties {
  const left = xOf(active.col) - active.scrolled;
  return left > active.visible / 2 ? { right: active.visible - left + 4, top } : { left: xOf(active.col + 1) - active.scrolled + 4, top };
}

/**
 * A table of cells as one SVG: row and column labels, a cell per pair (each a link that
 * takes focus), the margins when given, and the legend, so an exported image is
 * complete. Hovering or focusing a cell shows its card. Drawn at its natural size; the
 * wrapper scrolls sideways when the screen is narrower. In an image, only the SVG.
 */
export function Heatmap({ model, legend, label, svgRef, mode = 'screen', legendBeside = false }: HeatmapProps) {
  const [active, setActive] = useState<{ row: number; col: number; scrolled: number; visible: number } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const layout = heatmapLayout(model);
  const legendBox = legendLayout(legend, legendBeside ? 0 : Math.max(layout.width, 320));
  const legendAt = legendBeside ? { x: layout.width + 16, y: layout.headerHeight } : { x: 4, y: layout.height + 4 };
  const width = Math.ceil(legendBeside ? legendAt.x + legendBox.width : Math.max(layout.width, legendBox.width + 8));
  const height = legendBeside ? Math.max(layout.height, legendAt.y + legendBox.height) : layout.height + legendBox.height + 8;
  const show = (row: number, col: number) =>
    setActive({ row, col, scrolled: scroller.current?.scrollLeft ?? 0, visible: scroller.current?.clientWidth || width });
  const { labelWidth: lw, headerHeight: hh, cellWidth: cw, cellHeight: ch } = layout;
  const xOf = (col: number) => lw + col * cw;
  const yOf = (row: number) => hh + row * ch;
  const card = active && model.cells[active.row][active.col];
  const linked = mode !== 'export';
  // A slide is looked at, not pointed at: a card under a resting pointer would cover the table.
  const carded = mode === 'screen';
  const svg = (
    <svg ref={svgRef} className="heatmap__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label}>
      <text className="heatmap__title" x={lw} y={14}>{model.colTitle} →</text>
      <text className="heatmap__title" x={4} y={hh - 8}>{model.rowTitle} ↓</text>
      {layout.colLines.map((lines, j) => (
        <text key={model.cols[j].key} className={model.cols[j].gap ? 'heatmap__label heatmap__label--gap' : 'heatmap__label'} x={xOf(j) + cw / 2} y={30} textAnchor="middle">
          {lines.map((line, k) => (
            <tspan key={k} x={xOf(j) + cw / 2} dy={k === 0 ? 0 : 15}>{line}</tspan>
          ))}
        </text>
      ))}
      {model.rows.map((row, i) => (
        <text key={row.key} className={row.gap ? 'heatmap__label heatmap__label--gap' : 'heatmap__label'} x={lw - 8} y={yOf(i) + ch / 2 + 5} textAnchor="end">
          {row.label}
        </text>
      ))}
      {model.cells.map((cells, i) =>
        cells.map((cell, j) => (
          <HeatmapCell
            key={`${model.rows[i].key}|${model.cols[j].key}`}
            cell={cell}
            x={xOf(j)}
            y={yOf(i)}
            width={cw}
            height={ch}
            linked={linked}
            onShow={carded ? () => show(i, j) : undefined}
            onHide={carded ? () => setActive(null) : undefined}
          />
        )),
      )}
      <HeatmapMargins model={model} layout={layout} linked={linked} />
      <SvgLegend layout={legendBox} x={legendAt.x} y={legendAt.y} patterns={NO_PATTERNS} />
    </svg>
  );
  if (!linked) return svg;
  return (
    <div className="heatmap">
      <div className="heatmap__scroll" ref={scroller}>
        <div className="heatmap__canvas" style={mode === 'slide' ? undefined : { width }}>
          {svg}
        </div>
      </div>
      {card && active && (
        <div className="chart-tooltip heatmap__card" role="presentation" style={cardPlace(active, xOf, yOf(active.row))}>
          <p className="chart-tooltip__title">{card.tip[0]}</p>
          <ul className="heatmap__card-lines">
            {card.tip.slice(1).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="chart-tooltip__hint">Click or press Enter to list these incidents.</p>
        </div>
      )}
    </div>
  );
}
