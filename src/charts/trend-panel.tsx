import type { FigureTarget } from '../figures/figure';
import type { TrendFigureDatum } from '../figures/trend-figure';
import { MarkLink } from './figure-link';
import { formatCount } from '../components/format-count';
import { wholePercent } from '../components/format-share';
import { periodLabel } from '../figures/trend-text';
import type { TrendSeries } from '../figures/trend-data';

export interface PanelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface TrendPanelProps {
  readonly box: PanelBox;
  readonly data: readonly TrendFigureDatum[];
  readonly series: TrendSeries;
  readonly measure: 'share' | 'count';
  /** The top of the y scale, the same in every panel so they compare at a glance. */
  readonly max: number;
  readonly lowNPattern: string;
  /** Where a point leads, or null where it only shows. */
  readonly linkFor: (datum: TrendFigureDatum, series: TrendSeries) => FigureTarget | null;
}

const TITLE = 20;
const AXIS = 18;
const LEFT = 36;

/** Polygons of the 95% band over each run of periods that have an interval; a period without one breaks the band. */
function bandPaths(points: readonly { x: number; low: number | null; high: number | null }[]): string[] {
  const paths: string[] = [];
  let run: { x: number; low: number; high: number }[] = [];
  const close = () => {
    if (run.length > 0) {
      const upper = run.map((p) => `${p.x},${p.high}`);
      const lower = run.map((p) => `${p.x},${p.low}`).reverse();
      paths.push(`M${[...upper, ...lower].join('L')}Z`);
    }
    run = [];
  };
  for (const p of points) {
    if (p.low === null || p.high === null) close();
    else run.push({ x: p.x, low: p.low, high: p.high });
  }
  close();
  return paths;
}

/** One option's small chart: its hatched low-N periods, its 95% band, its line and a link on every point. */
export function TrendPanel({ box, data, series, measure, max, lowNPattern, linkFor }: TrendPanelProps) {
  const plot = { x: box.x + LEFT, y: box.y + TITLE + 4, width: box.width - LEFT - 8, height: box.height - TITLE - AXIS - 4 };
  const step = plot.width / Math.max(1, data.length);
  const xOf = (i: number) => plot.x + (i + 0.5) * step;
  const yOf = (value: number) => plot.y + plot.height * (1 - Math.min(value, max) / max);
  const points = data.map((datum, i) => {
    const value = datum.values[series.index];
    const interval = measure === 'share' ? datum.cells[series.index].interval : null;
    return { datum, x: xOf(i), y: value === null ? null : yOf(value), low: interval && yOf(interval.low), high: interval && yOf(interval.high) };
  });
  const line = points.reduce((path, p, i) => (p.y === null ? path : `${path}${i > 0 && points[i - 1].y !== null ? 'L' : 'M'}${p.x},${p.y}`), '');
  const top = measure === 'share' ? wholePercent(max) : formatCount(max);
  return (
    <g className={`trend-panel trend-panel--${series.mark}`}>
      <text className="trend-panel__title" x={box.x} y={box.y + 14}>
        {series.label} <tspan className="trend-panel__total">({formatCount(series.total)})</tspan>
      </text>
      {data.map((datum, i) =>
        datum.lowN ? <rect key={datum.key} x={plot.x + i * step} y={plot.y} width={step} height={plot.height} fill={`url(#${lowNPattern})`} /> : null,
      )}
      <line className="trend-panel__axis" x1={plot.x} x2={plot.x + plot.width} y1={plot.y + plot.height} y2={plot.y + plot.height} />
      <text className="trend-panel__tick" x={plot.x - 4} y={plot.y + 4} textAnchor="end">{top}</text>
      <text className="trend-panel__tick" x={plot.x - 4} y={plot.y + plot.height} textAnchor="end">0</text>
      {bandPaths(points).map((d) => (
        <path key={d} d={d} className="trend-panel__band" style={{ fill: series.colour }} />
      ))}
      <path d={line} fill="none" strokeWidth={2} style={{ stroke: series.colour }} />
      {points.map((p) =>
        p.y === null ? null : (
          <MarkLink key={p.datum.key} target={linkFor(p.datum, series)}>
            <circle className={p.datum.lowN ? 'trend-point trend-point--low-n' : 'trend-point'} cx={p.x} cy={p.y} r={3.5} strokeWidth={1.5} style={{ stroke: series.colour, fill: p.datum.lowN ? undefined : series.colour }} />
          </MarkLink>
        ),
      )}
      <text className="trend-panel__tick" x={plot.x} y={box.y + box.height - 2}>{periodLabel(data[0]?.key ?? '')}</text>
      <text className="trend-panel__tick" x={plot.x + plot.width} y={box.y + box.height - 2} textAnchor="end">{periodLabel(data.at(-1)?.key ?? '')}</text>
    </g>
  );
}
