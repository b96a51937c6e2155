import { ChartLink } from './chart-link';
import type { HeatmapLayout } from './heatmap-layout';
import type { HeatmapModel } from './heatmap-types';

/**
 * The "All" column and row: each line's distinct incidents and the table's total, each a
 * link. With multi-valued facets a margin is not the sum of its cells, which is why they
 * are counted apart and drawn apart, behind a rule.
 */
export function HeatmapMargins({ model, layout }: { readonly model: HeatmapModel; readonly layout: HeatmapLayout }) {
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
        <ChartLink key={model.rows[i].key} target={margin.target} className="chart-link heatmap__margin">
          <text x={marginX + marginWidth / 2} y={yOf(i) + ch / 2 + 5} textAnchor="middle">
            {margin.text}
          </text>
        </ChartLink>
      ))}
      {model.margins.cols.map((margin, j) => (
        <ChartLink key={model.cols[j].key} target={margin.target} className="chart-link heatmap__margin">
          <text x={xOf(j) + cw / 2} y={marginY + ch / 2 + 5} textAnchor="middle">
            {margin.text}
          </text>
        </ChartLink>
      ))}
      <ChartLink target={model.margins.total.target} className="chart-link heatmap__margin heatmap__margin--total">
        <text x={marginX + marginWidth / 2} y={marginY + ch / 2 + 5} textAnchor="middle">
          {model.margins.total.text}
        </text>
      </ChartLink>
      <line className="heatmap__rule" x1={marginX} x2={marginX} y1={hh} y2={marginY + ch} />
      <line className="heatmap__rule" x1={lw} x2={marginX + marginWidth} y1={marginY} y2={marginY} />
    </g>
  );
}
