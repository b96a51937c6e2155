import type { ReactNode } from 'react';
import { ChartLink } from './chart-link';
import type { HeatmapLayout } from './heatmap-layout';
import type { HeatMargin, HeatmapModel } from './heatmap-types';

/** A margin's number: a link to its incidents, or in an image just the number. */
function MarginMark({ margin, linked, className, children }: { readonly margin: HeatMargin; readonly linked: boolean; readonly className: string; readonly children: ReactNode }) {
  if (!linked) return <g className={className}>{children}</g>;
  return (
    <ChartLink target={margin.target} className={`chart-link ${className}`}>
      {children}
    </ChartLink>
  );
}

/**
 * The "All" column and row: each line's distinct incidents and the table's total, each a
 * link. With multi-valued facets a margin is not the sum of its cells, which is why they
 * are counted apart and drawn apart, behind a rule.
 */
export function HeatmapMargins({ model, layout, linked = true }: { readonly model: HeatmapModel; readonly layout: HeatmapLayout; readonly linked?: boolean }) {
  if (model.margins === null) return null;
  const { labelWidth: lw, headerHeight: hh, cellWidth: cw, cellHeight: ch, marginWidth } = layout;
  const xOf = (col: number) => lw + col * cw;
  const yOf = (row: number) => hh + row * ch;
  const marginX = xOf(model.cols.length);
  const marginY = yOf(model.rows.length);
  return (
    <g className="heatmap__margins">
      <text className="heatmap__label heatmap__label--margin" x={marginX + marginWidth / 2} y={hh - 8} textAnchor="middle">
        All
      </text>
      <text className="heatmap__label heatmap__label--margin" x={lw - 8} y={marginY + ch / 2 + 5} textAnchor="end">
        All
      </text>
      {model.margins.rows.map((margin, i) => (
        <MarginMark key={model.rows[i].key} margin={margin} linked={linked} className="heatmap__margin">
          <text x={marginX + marginWidth / 2} y={yOf(i) + ch / 2 + 5} textAnchor="middle">
            {margin.text}
          </text>
        </MarginMark>
      ))}
      {model.margins.cols.map((margin, j) => (
        <MarginMark key={model.cols[j].key} margin={margin} linked={linked} className="heatmap__margin">
          <text x={xOf(j) + cw / 2} y={marginY + ch / 2 + 5} textAnchor="middle">
            {margin.text}
          </text>
        </MarginMark>
      ))}
      <MarginMark margin={model.margins.total} linked={linked} className="heatmap__margin heatmap__margin--total">
        <text x={marginX + marginWidth / 2} y={marginY + ch / 2 + 5} textAnchor="middle">
          {model.margins.total.text}
        </text>
      </MarginMark>
      <line className="heatmap__rule" x1={marginX} x2={marginX} y1={hh} y2={marginY + ch} />
      <line className="heatmap__rule" x1={lw} x2={marginX + marginWidth} y1={marginY} y2={marginY} />
    </g>
  );
}
