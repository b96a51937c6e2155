import { HeatmapCell } from './heatmap-cell';
import type { HeatmapLayout } from './heatmap-layout';
import { HeatmapMargins } from './heatmap-margins';
import type { SpotOf } from './heatmap-margins';
import type { HeatmapModel } from './heatmap-types';

/** A heatmap's legend has no hatched swatch, so it needs no pattern of its own. */
export const HEATMAP_PATTERNS = { gap: 'none', lown: 'none' };

interface PartProps {
  readonly model: HeatmapModel;
  readonly layout: HeatmapLayout;
}

/**
 * The rows' title and labels, with the "All" row's, in the left `labelWidth` pixels of the
 * layout: a part of its own so that on a phone it can stay in view while the cells scroll.
 */
export function HeatmapRowLabels({ model, layout }: PartProps) {
  const { labelWidth: lw, headerHeight: hh, cellHeight: ch } = layout;
  const yOf = (row: number) => hh + row * ch;
  return (
    <g className="heatmap__row-labels">
      <text className="heatmap__title" x={4} y={hh - 8}>{model.rowTitle} ↓</text>
      {model.rows.map((row, i) => (
        <text key={row.key} className={row.gap ? 'heatmap__label heatmap__label--gap' : 'heatmap__label'} x={lw - 8} y={yOf(i) + ch / 2 + 5} textAnchor="end">
          {row.label}
        </text>
      ))}
      {model.margins !== null && (
        <text className="heatmap__label heatmap__label--margin" x={lw - 8} y={yOf(model.rows.length) + ch / 2 + 5} textAnchor="end">
          All
        </text>
      )}
    </g>
  );
}

interface TableProps extends PartProps {
  /** Marks are links to their incidents; without, pictures (in an image). */
  readonly linked: boolean;
  /** Shows a cell's card, on screen only. */
  readonly onShow?: (row: number, col: number) => void;
  readonly onHide?: () => void;
  /** Places the marks in the keyboard grid, on screen only. */
  readonly spotOf?: SpotOf;
}

/** Everything right of the row labels: the columns' title and labels, the cells and the margins. */
export function HeatmapTable({ model, layout, linked, onShow, onHide, spotOf }: TableProps) {
  const { labelWidth: lw, headerHeight: hh, cellWidth: cw, cellHeight: ch } = layout;
  const xOf = (col: number) => lw + col * cw;
  const yOf = (row: number) => hh + row * ch;
  return (
    <>
      <text className="heatmap__title" x={lw} y={14}>{model.colTitle} →</text>
      {layout.colLines.map((lines, j) => (
        <text key={model.cols[j].key} className={model.cols[j].gap ? 'heatmap__label heatmap__label--gap' : 'heatmap__label'} x={xOf(j) + cw / 2} y={30} textAnchor="middle">
          {lines.map((line, k) => (
            <tspan key={k} x={xOf(j) + cw / 2} dy={k === 0 ? 0 : 15}>{line}</tspan>
          ))}
        </text>
      ))}
      {model.cells.map((cells, i) =>
        cells.map((cell, j) => {
          const place = spotOf?.(i, j);
          return (
            <HeatmapCell
              key={`${model.rows[i].key}|${model.cols[j].key}`}
              cell={cell}
              x={xOf(j)}
              y={yOf(i)}
              width={cw}
              height={ch}
              linked={linked}
              onShow={onShow && (() => onShow(i, j))}
              onHide={onHide}
              spot={place?.spot}
              tabStop={place?.tabStop}
            />
          );
        }),
      )}
      <HeatmapMargins model={model} layout={layout} linked={linked} spotOf={spotOf} />
    </>
  );
}
