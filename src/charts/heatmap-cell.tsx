import type { CSSProperties } from 'react';
import { ChartLink } from './chart-link';
import type { HeatCell } from './heatmap-types';

interface HeatmapCellProps {
  readonly cell: HeatCell;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** A link to its incidents; without, the cell is a picture (in an image). */
  readonly linked: boolean;
  /** Shows the cell's card, on screen only. */
  readonly onShow?: () => void;
  readonly onHide?: () => void;
  /** Its place in the keyboard grid, "row:col", and whether it is the grid's one tab stop. */
  readonly spot?: string;
  readonly tabStop?: boolean;
}

/**
 * One cell as a link to its incidents, shaded by its tone (the theme sets how dark a
 * full-strength cell may get, so its text keeps its contrast). A notable residual is
 * outlined: solid when there are more incidents than independence predicts, dashed when
 * fewer, so the sign never rests on colour alone.
 */
export function HeatmapCell({ cell, x, y, width, height, linked, onShow, onHide, spot, tabStop = true }: HeatmapCellProps) {
  const style = { '--i': cell.intensity } as CSSProperties;
  const mid = x + width / 2;
  const marks = (
    <>
      <rect className={`heat-cell__fill heat-cell__fill--${cell.tone}`} x={x + 1} y={y + 1} width={width - 2} height={height - 2} rx={3} style={style} />
      {cell.notable && (
        <rect
          className={`heat-cell__ring heat-cell__ring--${cell.tone === 'negative' ? 'fewer' : 'more'}`}
          x={x + 3}
          y={y + 3}
          width={width - 6}
          height={height - 6}
          rx={2}
          fill="none"
        />
      )}
      <text className={cell.notable ? 'heat-cell__text heat-cell__text--notable' : 'heat-cell__text'} x={mid} y={y + (cell.subtext ? height / 2 - 2 : height / 2 + 5)} textAnchor="middle">
        {cell.text}
      </text>
      {cell.subtext && (
        <text className="heat-cell__subtext" x={mid} y={y + height / 2 + 13} textAnchor="middle">
          {cell.subtext}
        </text>
      )}
    </>
  );
  if (!linked) return <g className="heat-cell">{marks}</g>;
  return (
    <g onMouseEnter={onShow} onMouseLeave={onHide} data-spot={spot}>
      <ChartLink target={cell.target} className="chart-link heat-cell" onFocus={onShow} onBlur={onHide} tabIndex={tabStop ? undefined : -1}>
        {marks}
      </ChartLink>
    </g>
  );
}
