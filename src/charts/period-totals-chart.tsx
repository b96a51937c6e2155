import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarShapeProps } from 'recharts';
import { countOf, formatCount, incidentCount } from '../components/format-count';
import type { PeriodBar, PeriodTotalsFigure } from '../figures/period-totals-figure';
import { ChartPatterns, patternId } from './chart-patterns';
import { MAX_PERIOD_BAR_WIDTH, PeriodBands } from './period-bands';
import { MarkLink } from './figure-link';
import type { FigureMode } from './figure-mode';
import { SvgLegend, legendLayout } from './svg-legend';
import { useMeasuredLinks } from './use-measured-links';

/** The width an image draws the bars at, whatever the page's width. */
export const PERIOD_TOTALS_EXPORT_WIDTH = 760;
const MARGIN = { right: 16, bottom: 4, left: 4 };
const Y_AXIS_WIDTH = 48;
const PLOT_HEIGHT = { screen: 170, slide: 300, export: 240 } as const;

/** "2019: 20 incidents", "2019: no incident", with a warning when the period is small. */
function barSentence(bar: PeriodBar, threshold: number): string {
  if (bar.empty) return `${bar.label}: no incident`;
  const incidents = `${bar.label}: ${incidentCount(bar.incidents)}`;
  return bar.lowN ? `${incidents} (fewer than ${threshold})` : incidents;
}

/**
 * The selection's incidents per period, each bar a link to them on screen and on a slide.
 * Periods with few incidents sit on the same hatched band as in the trend, so the reader
 * sees where shares rest on a handful of reports; a period without incidents says “no
 * incident” rather than drawing a zero. In an image it is one SVG of fixed width, its
 * legend inside, without hover card or links. Its bars are one tab stop, the arrow keys
 * moving from period to period.
 */
export function PeriodTotalsChart({ figure, mode }: { readonly figure: PeriodTotalsFigure; readonly mode: FigureMode }) {
  const id = useId();
  const links = useMeasuredLinks(720);
  const width = mode === 'export' ? PERIOD_TOTALS_EXPORT_WIDTH : links.width;
  const patterns = { gap: patternId(id, 'gap'), lown: patternId(id, 'lown') };
  const legend = legendLayout(figure.legend, width - MARGIN.left - MARGIN.right);
  const interactive = mode !== 'export';
  const Segment = ({ x, y, width: barWidth, height, payload }: BarShapeProps) => {
    const bar = payload as PeriodBar;
    if (!(height > 0)) return <g />;
    return (
      <MarkLink target={interactive ? bar.target : null}>
        <rect className="period-bar" x={x} y={y} width={barWidth} height={height} />
      </MarkLink>
    );
  };
  return (
    <div
      ref={links.ref}
      className="period-totals"
      role="figure"
      aria-label={`${figure.title}, ${countOf(figure.bars.length, 'period')}`}
      onKeyDown={links.onKeyDown}
      onFocus={links.onFocus}
    >
      <BarChart width={width} height={PLOT_HEIGHT[mode] + legend.height} data={[...figure.bars]} margin={{ ...MARGIN, top: legend.height + 12 }} maxBarSize={MAX_PERIOD_BAR_WIDTH}>
        <ChartPatterns id={id} />
        <SvgLegend layout={legend} x={MARGIN.left} y={4} patterns={patterns} />
        <PeriodBands periods={figure.bars} hatch={`url(#${patterns.lown})`} />
        <CartesianGrid className="chart-grid" vertical={false} />
        <XAxis dataKey="key" tickFormatter={(key: string) => figure.bars.find((bar) => bar.key === key)?.label ?? key} interval="preserveStartEnd" minTickGap={12} />
        <YAxis width={Y_AXIS_WIDTH} allowDecimals={false} tickFormatter={formatCount} />
        {mode === 'screen' && (
          <Tooltip
            isAnimationActive={false}
            cursor={{ className: 'chart-cursor' }}
            content={({ active, payload }) =>
              active && payload?.[0] ? <div className="chart-tooltip">{barSentence(payload[0].payload as PeriodBar, figure.lowNThreshold)}</div> : null
            }
          />
        )}
        <Bar dataKey="incidents" name="Incidents" isAnimationActive={false} shape={Segment} />
      </BarChart>
    </div>
  );
}
