import { usePlotArea } from 'recharts';
import type { BarShapeProps, DotItemDotProps } from 'recharts';
import type { FigureTarget } from '../figures/figure';
import type { TrendFigureDatum } from '../figures/trend-figure';
import { MarkLink } from './figure-link';
import { markerPath } from './trend-markers';
import type { TrendSeries } from '../figures/trend-data';

/** Where a mark leads, or null where it only shows (nothing to list, or an image). */
type LinkFor = (datum: TrendFigureDatum, series: TrendSeries) => FigureTarget | null;

/** Where a series' interval bar goes among the others: `slot` of `slots`, spread around the point. */
export interface WhiskerSlot {
  readonly slot: number;
  readonly slots: number;
}

/** Horizontal distance between neighbouring series' interval bars, in pixels. */
const DODGE = 7;

interface TrendPointMarkProps {
  readonly cx: number;
  readonly cy: number;
  readonly datum: TrendFigureDatum;
  readonly series: TrendSeries;
  readonly whisker: WhiskerSlot | null;
  readonly linkFor: LinkFor;
  readonly radius: number;
}

/**
 * A point with its 95% interval bar. Recharts' ErrorBar centres every series' bar on the
 * same x, so two options with similar shares hide each other's intervals; these bars are
 * spread a few pixels apart instead. Shares are plotted on a fixed 0–1 axis, so the plot
 * area is all it takes to place the limits.
 */
function TrendPointMark({ cx, cy, datum, series, whisker, linkFor, radius }: TrendPointMarkProps) {
  const plot = usePlotArea();
  const interval = datum.cells[series.index].interval;
  const yOf = (share: number) => (plot ? plot.y + plot.height * (1 - share) : cy);
  const x = whisker === null ? cx : cx + (whisker.slot - (whisker.slots - 1) / 2) * DODGE;
  return (
    <MarkLink target={linkFor(datum, series)}>
      {whisker !== null && interval !== null && (
        <g className="trend-whisker" style={{ stroke: series.colour }} strokeWidth={1.5}>
          <line x1={x} x2={x} y1={yOf(interval.low)} y2={yOf(interval.high)} />
          <line x1={x - 3} x2={x + 3} y1={yOf(interval.low)} y2={yOf(interval.low)} />
          <line x1={x - 3} x2={x + 3} y1={yOf(interval.high)} y2={yOf(interval.high)} />
        </g>
      )}
      <path
        className={datum.lowN ? 'trend-point trend-point--low-n' : 'trend-point'}
        d={markerPath(series.marker, cx, cy, radius)}
        strokeWidth={2}
        style={{ stroke: series.colour, fill: datum.lowN ? undefined : series.colour }}
      />
    </MarkLink>
  );
}

/**
 * A line's point as a link to its incidents, with its interval bar when asked for. Each
 * series has its own marker shape, so two lines at the same value still show both; a
 * line drawn wider under another gets a larger marker, which shows around the other's.
 * Periods with few incidents get a hollow point, so their share reads as the tentative
 * number it is even without the band.
 */
export function trendPoint(series: TrendSeries, linkFor: LinkFor, whisker: WhiskerSlot | null, radius = 4.5) {
  return function TrendPoint({ cx, cy, payload }: DotItemDotProps) {
    const datum = payload as TrendFigureDatum;
    if (cx == null || cy == null || datum.values[series.index] === null) return <g />;
    return <TrendPointMark cx={cx} cy={cy} datum={datum} series={series} whisker={whisker} linkFor={linkFor} radius={radius} />;
  };
}

/** A stacked bar segment as a link to its incidents; "not analysed" is hatched, an extra option outlined. */
export function trendSegment(series: TrendSeries, linkFor: LinkFor, gapPattern: string) {
  return function TrendSegment({ x, y, width, height, payload }: BarShapeProps) {
    const datum = payload as TrendFigureDatum;
    if (!(height > 0) || !(width > 0)) return <g />;
    const fill = series.mark === 'not-analysed' ? `url(#${gapPattern})` : series.colour;
    return (
      <MarkLink target={linkFor(datum, series)}>
        <rect
          className={`trend-segment trend-segment--${series.mark}`}
          x={x}
          y={y}
          width={width}
          height={height}
          fill={series.mark === 'not-analysed' ? fill : undefined}
          style={series.mark === 'not-analysed' ? undefined : { fill }}
        />
      </MarkLink>
    );
  };
}
