import { useId } from 'react';
import type { Ref } from 'react';
import { ChartPatterns, patternId } from './chart-patterns';
import { SvgLegend, legendLayout } from './svg-legend';
import { TrendPanel } from './trend-panel';
import type { ChartLinkTarget } from './trend-types';
import type { TrendDatum, TrendSeries } from '../figures/trend-data';
import { useElementWidth } from './use-element-width';

interface TrendMultiplesProps {
  readonly data: readonly TrendDatum[];
  readonly series: readonly TrendSeries[];
  readonly measure: 'share' | 'count';
  readonly lowNThreshold: number;
  readonly linkFor: (datum: TrendDatum, series: TrendSeries) => ChartLinkTarget;
  /** Spoken name of the whole figure. */
  readonly label: string;
  /** The figure's SVG, for exporting it as an image. */
  readonly svgRef?: Ref<SVGSVGElement>;
}

const PANEL_MIN = 240;
const PANEL_HEIGHT = 150;
const GAP = 20;

/**
 * One small chart per series on a shared scale (0–100% for shares, the largest count for
 * counts), each with its 95% Wilson band: with one option per panel the bands stay
 * readable where overlapping error bars would not. One SVG, so it exports as one image.
 */
export function TrendMultiples({ data, series, measure, lowNThreshold, linkFor, label, svgRef }: TrendMultiplesProps) {
  const id = useId();
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const patterns = { gap: patternId(id, 'gap'), lown: patternId(id, 'lown') };
  const legend = legendLayout(
    [
      { key: 'low-n', label: `N below ${lowNThreshold}: hollow points`, swatch: 'lown' },
      ...(measure === 'share' ? [{ key: 'band', label: '95% interval (band)', swatch: 'box' as const, colour: 'var(--colour-unknown)' }] : []),
    ],
    width,
  );
  const columns = Math.max(1, Math.floor((width + GAP) / (PANEL_MIN + GAP)));
  const panelWidth = (width - GAP * (columns - 1)) / columns;
  const rows = Math.ceil(series.length / columns);
  const top = legend.height + 8;
  const height = top + rows * (PANEL_HEIGHT + GAP);
  const max =
    measure === 'share' ? 1 : Math.max(1, ...data.flatMap((datum) => series.map((s) => datum.values[s.index] ?? 0)));
  return (
    <div ref={ref} className="trend-multiples">
      <svg ref={svgRef} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label}>
        <ChartPatterns id={id} />
        <SvgLegend layout={legend} x={0} y={0} patterns={patterns} />
        {series.map((s, i) => (
          <TrendPanel
            key={s.index}
            box={{ x: (i % columns) * (panelWidth + GAP), y: top + Math.floor(i / columns) * (PANEL_HEIGHT + GAP), width: panelWidth, height: PANEL_HEIGHT }}
            data={data}
            series={s}
            measure={measure}
            max={max}
            lowNPattern={patterns.lown}
            linkFor={linkFor}
          />
        ))}
      </svg>
    </div>
  );
}
