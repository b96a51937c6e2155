import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarShapeProps } from 'recharts';
import { formatCount } from '../components/format-count';
import { ChartLink } from './chart-link';
import { ChartPatterns, patternId } from './chart-patterns';
import { periodLabel, periodSentence } from '../figures/trend-text';
import type { ChartLinkTarget } from './trend-types';
import type { TrendDatum } from '../figures/trend-data';
import { useElementWidth } from './use-element-width';

interface PeriodTotalsChartProps {
  readonly data: readonly TrendDatum[];
  readonly lowNThreshold: number;
  readonly linkFor: (datum: TrendDatum) => ChartLinkTarget;
}

/**
 * The selection's incidents per period, each bar a link to them. Periods with few
 * incidents sit on the same hatched band as in the chart below, so the reader sees where
 * the shares rest on a handful of reports.
 */
export function PeriodTotalsChart({ data, lowNThreshold, linkFor }: PeriodTotalsChartProps) {
  const id = useId();
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const lown = patternId(id, 'lown');
  const Segment = ({ x, y, width: barWidth, height, payload }: BarShapeProps) =>
    height > 0 ? (
      <ChartLink target={linkFor(payload as TrendDatum)}>
        <rect className="period-bar" x={x} y={y} width={barWidth} height={height} />
      </ChartLink>
    ) : (
      <g />
    );
  return (
    <div ref={ref} className="period-totals">
      <BarChart width={width} height={170} data={[...data]} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        <ChartPatterns id={id} />
        {data.filter((datum) => datum.lowN).map((datum) => (
          <ReferenceArea key={datum.key} x1={datum.key} x2={datum.key} fill={`url(#${lown})`} fillOpacity={1} ifOverflow="visible" />
        ))}
        <CartesianGrid className="chart-grid" vertical={false} />
        <XAxis dataKey="key" tickFormatter={periodLabel} interval="preserveStartEnd" minTickGap={12} />
        <YAxis width={48} allowDecimals={false} tickFormatter={formatCount} />
        <Tooltip
          isAnimationActive={false}
          cursor={{ className: 'chart-cursor' }}
          content={({ active, payload }) =>
            active && payload?.[0] ? <div className="chart-tooltip">{periodSentence(payload[0].payload as TrendDatum, lowNThreshold)}</div> : null
          }
        />
        <Bar dataKey="incidents" name="Incidents" isAnimationActive={false} shape={Segment} />
      </BarChart>
    </div>
  );
}
