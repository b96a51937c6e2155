import type { ReactNode } from 'react';
import { ChartLink } from './chart-link';
import type { HeatmapLayout } from './heatmap-layout';
import type { HeatMargin, HeatmapModel } from './heatmap-types';

/** Where a margin sits in the keyboard grid, "row:col", and whether it is the grid's tab stop. */
export type SpotOf = (row: number, col: number) => { readonly spot: string; readonly tabStop: boolean };

/** A margin's number: a link to its incidents, or in an image just the number. */
function MarginMark({ margin, linked, className, place, children }: { readonly margin: HeatMargin; readonly linked: boolean; readonly className: string; readonly place?: ReturnType<SpotOf>; readonly children: ReactNode }) {
  if (!linked) return <g className={className}>{children}</g>;
  return (
    <g data-spot={place?.spot}>
      <ChartLink target={margin.target} className={`chart-link ${className}`} tabIndex={place === undefined || place.tabStop ? undefined : -1}>
        {children}
      </ChartLink>
    </g>
  );
}

/**
 * The "All" column and row: each line's distinct incidents and the table's total, each a
 * link. With multi-valued facets a margin is not the sum of its cells, which is why they
 * are counted apart and drawn apart, behind a rule. The "All" row's label is drawn with
 * the other row labels, which stay in view on a phone. `spotOf` places the margins in
 * the keyboard grid after the last row and column.
 */
export function HeatmapMargins({ model, layout, linked = true, spotOf }: { readonly model: HeatmapModel; readonly layout: HeatmapLayout; readonly linked?: boolean; readonly spotOf?: SpotOf }) {
  if (model.margins === null) return null;
  const { labelWidth: lw, headerHeight: hh, cellWidth: cw, cellHeight: ch, marginWidth } = layout;
  const xOf = (col: number) => lw + col * cw;
  const yOf = (row: number) => hh + row * ch;
  const rows = model.rows.length;
  const cols = model.cols.length;
  const marginX = xOf(cols);
  const marginY = yOf(rows);
  return (
    <g className="heatmap__margins">
      <text className="heatmap__label heatmap__label--margin" x={marginX + marginWidth / 2} y={hh - 8} textAnchor="middle">
        All
      </text>
      {model.margins.rows.map((margin, i) => (
        <MarginMark key={model.rows[i].key} margin={margin} linked={linked} className="heatmap__margin" place={spotOf?.(i, cols)}>
          <text x={marginX + marginWidth / 2} y={yOf(i) + ch / 2 + 5} textAnchor="middle">
            {margin.text}
          </text>
        </MarginMark>
      ))}
      {model.margins.cols.map((margin, j) => (
        <MarginMark key={model.cols[j].key} margin={margin} linked={linked} className="heatmap__margin" place={spotOf?.(rows, j)}>
          <text x={xOf(j) + cw / 2} y={marginY + ch / 2 + 5} textAnchor="middle">
            {margin.text}
          </text>
        </MarginMark>
      ))}
      <MarginMark margin={model.margins.total} linked={linked} className="heatmap__margin heatmap__margin--total" place={spotOf?.(rows, cols)}>
        <text x={marginX + marginWidth / 2} y={marginY + ch / 2 + 5} textAnchor="middle">
          {model.margins.total.text}
        </text>
      </MarginMark>
      <line className="heatmap__rule" x1={marginX} x2={marginX} y1={hh} y2={marginY + ch} />
      <line className="heatmap__rule" x1={lw} x2={marginX + marginWidth} y1={marginY} y2={marginY} />
    </g>
  );
}
