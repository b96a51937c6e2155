import { useId } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendFigure, TrendFigureDatum } from '../figures/trend-figure';
import type { TrendSeries } from '../figures/trend-data';
import { periodLabel } from '../figures/trend-text';
import { formatCount } from '../components/format-count';
import { wholePercent } from '../components/format-share';
import { ChartPatterns, patternId } from './chart-patterns';
import { SvgLegend, legendLayout } from './svg-legend';
import { trendPoint, trendSegment } from './trend-marks';
import { TrendTooltip } from './trend-tooltip';
import { MAX_PERIOD_BAR_WIDTH, PeriodBands } from './period-bands';

interface TrendChartProps {
  readonly figure: TrendFigure;
  /** The chart's width in pixels. */
  readonly width: number;
  /** The plot's height in pixels, the legend's rows come on top. */
  readonly height: number;
  /** Marks lead to their incidents and a hover card names them; an image has neither. */
  readonly interactive: boolean;
  /** A card under the pointer: on screen only, since on a slide it would cover the lines while the pointer rests. */
  readonly tooltips: boolean;
}

const DASH: Record<TrendSeries['mark'], string | undefined> = { option: undefined, unknown: '6 3', 'not-analysed': '2 3', extra: '6 3 2 3' };
const MARGIN = { right: 16, bottom: 4, left: 4 };
const Y_AXIS_WIDTH = 60;
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** Quarter steps up to the tallest stack: stacked shares of a multi-valued facet can pass 100%. */
function stackedShareTicks(data: readonly TrendFigureDatum[], series: readonly TrendSeries[]): number[] {
  const tallest = Math.max(1, ...data.map((datum) => series.reduce((total, s) => total + (datum.values[s.index] ?? 0), 0)));
  const step = tallest > 2 ? 0.5 : 0.25;
  return Array.from({ length: Math.ceil(tallest / step) + 1 }, (_, i) => i * step);
}

/**
 * Stroke widths that keep lines lying on one another visible: within each group of
 * coinciding series the first is drawn widest and each later one narrower on top, so
 * every colour of the group shows as a band around the next.
 */
function strokeWidths(coinciding: TrendFigure['coinciding']): Map<number, number> {
  const widths = new Map<number, number>();
  for (const group of coinciding) {
    group.forEach((s, k) => widths.set(s.index, 2 + 3 * (group.length - 1 - k)));
  }
  return widths;
}

/**
 * A facet's options over time: one line per option (shares with 95% Wilson error bars,
 * or counts) or stacked bars, every point and segment a link to its incidents. Lines
 * have their own point markers, and lines lying on one another are drawn widest first,
 * so none hides another. Stacked counts are labels (an incident with two options is in
 * two segments) and the axis says so. Periods whose N is below the threshold sit on a
 * hatched band, and the legend is drawn inside the SVG so an image keeps it.
 */
export function TrendChart({ figure, width, height: plotHeight, interactive, tooltips }: TrendChartProps) {
  const id = useId();
  const { data, drawn: series, measure, showIntervals, lowNThreshold } = figure;
  const patterns = { gap: patternId(id, 'gap'), lown: patternId(id, 'lown') };
  const legend = legendLayout(figure.legend, width - MARGIN.left - MARGIN.right);
  const height = plotHeight + legend.height;
  const share = measure === 'share';
  const stacked = figure.layout === 'stacked';
  // The point marks place interval bars on this fixed scale, so lines of shares always run 0–100%.
  const shareTicks = share ? (stacked ? stackedShareTicks(data, series) : SHARE_TICKS) : null;
  const withWhiskers = showIntervals ? series.filter((s) => s.mark !== 'not-analysed') : [];
  const widths = stacked ? new Map<number, number>() : strokeWidths(figure.coinciding);
  const axisName = share ? 'share of the period' : stacked ? 'labels' : 'incidents';
  const linkFor = (datum: TrendFigureDatum, s: TrendSeries) => (interactive ? datum.targets[s.index] : null);
  return (
    <ComposedChart width={width} height={height} data={[...data]} margin={{ ...MARGIN, top: legend.height + 12 }} maxBarSize={MAX_PERIOD_BAR_WIDTH}>
      <ChartPatterns id={id} />
      <SvgLegend layout={legend} x={MARGIN.left} y={4} patterns={patterns} />
      <PeriodBands periods={data} hatch={`url(#${patterns.lown})`} />
      <CartesianGrid className="chart-grid" vertical={false} />
      <XAxis dataKey="key" scale="band" tickFormatter={periodLabel} interval="preserveStartEnd" minTickGap={12} />
      <YAxis
        width={Y_AXIS_WIDTH}
        allowDecimals={false}
        ticks={shareTicks ?? undefined}
        domain={shareTicks ? [0, shareTicks[shareTicks.length - 1]] : [0, 'auto']}
        tickFormatter={(value: number) => (share ? wholePercent(value) : formatCount(value))}
        label={{ value: axisName, angle: -90, position: 'insideLeft', className: 'trend-chart__axis-name' }}
      />
      {stacked && share && <ReferenceLine y={1} className="trend-chart__full" strokeDasharray="4 4" />}
      {tooltips && (
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => (
            <TrendTooltip
              datum={active && payload?.[0] ? (payload[0].payload as TrendFigureDatum) : null}
              series={series}
              measure={measure}
              lowNThreshold={lowNThreshold}
              lines={!stacked}
            />
          )}
        />
      )}
      {series.map((s) =>
        stacked ? (
          <Bar key={s.index} stackId="options" name={s.label} dataKey={(d: TrendFigureDatum) => d.values[s.index]} isAnimationActive={false} shape={trendSegment(s, linkFor, patterns.gap)} />
        ) : (
          <Line
            key={s.index}
            name={s.label}
            dataKey={(d: TrendFigureDatum) => d.values[s.index]}
            stroke={s.colour}
            strokeWidth={widths.get(s.index) ?? 2}
            strokeDasharray={DASH[s.mark]}
            isAnimationActive={false}
            activeDot={false}
            dot={trendPoint(
              s,
              linkFor,
              withWhiskers.includes(s) ? { slot: withWhiskers.indexOf(s), slots: withWhiskers.length } : null,
              4.5 + ((widths.get(s.index) ?? 2) - 2) / 2,
            )}
          />
        ),
      )}
      {stacked && !share && (
        <Line name="Incidents" dataKey="incidents" className="trend-chart__incidents" strokeDasharray="5 3" strokeWidth={2} dot={false} isAnimationActive={false} />
      )}
    </ComposedChart>
  );
}
