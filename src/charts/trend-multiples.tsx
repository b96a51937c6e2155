import { useId } from 'react';
import type { TrendFigure, TrendFigureDatum } from '../figures/trend-figure';
import type { TrendSeries } from '../figures/trend-data';
import { ChartPatterns, patternId } from './chart-patterns';
import { SvgLegend, legendLayout } from './svg-legend';
import { TrendPanel } from './trend-panel';

interface TrendMultiplesProps {
  readonly figure: TrendFigure;
  /** The chart's width in pixels. */
  readonly width: number;
  /** Points lead to their incidents; an image's only show. */
  readonly interactive: boolean;
  /** Larger panels, for a slide seen from the back of a room. */
  readonly large?: boolean;
}

const PANEL = { min: 240, height: 150 };
const LARGE_PANEL = { min: 380, height: 240 };
const GAP = 20;

/**
 * One small chart per series on a shared scale (0–100% for shares, the largest count for
 * counts), each with its 95% Wilson band: with one option per panel the bands stay
 * readable where overlapping error bars would not. One SVG, so it is one image.
 */
export function TrendMultiples({ figure, width, interactive, large = false }: TrendMultiplesProps) {
  const id = useId();
  const { data, drawn: series, measure } = figure;
  const patterns = { gap: patternId(id, 'gap'), lown: patternId(id, 'lown') };
  const legend = legendLayout(figure.legend, width);
  const panel = large ? LARGE_PANEL : PANEL;
  const columns = Math.max(1, Math.floor((width + GAP) / (panel.min + GAP)));
  const panelWidth = (width - GAP * (columns - 1)) / columns;
  const rows = Math.ceil(series.length / columns);
  const top = legend.height + 8;
  const height = top + rows * (panel.height + GAP);
  const max = measure === 'share' ? 1 : Math.max(1, ...data.flatMap((datum) => series.map((s) => datum.values[s.index] ?? 0)));
  const linkFor = (datum: TrendFigureDatum, s: TrendSeries) => (interactive ? datum.targets[s.index] : null);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={`${figure.title}: one small chart per option`}>
      <ChartPatterns id={id} />
      <SvgLegend layout={legend} x={0} y={0} patterns={patterns} />
      {series.map((s, i) => (
        <TrendPanel
          key={s.index}
          box={{ x: (i % columns) * (panelWidth + GAP), y: top + Math.floor(i / columns) * (panel.height + GAP), width: panelWidth, height: panel.height }}
          data={data}
          series={s}
          measure={measure}
          max={max}
          lowNPattern={patterns.lown}
          linkFor={linkFor}
        />
      ))}
    </svg>
  );
}
