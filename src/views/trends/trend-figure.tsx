import type { Ref } from 'react';
import type { TrendLayout, TrendMeasure } from '../../state/url-state';
import { TrendChart } from '../../charts/trend-chart';
import { TrendMultiples } from '../../charts/trend-multiples';
import type { ChartLinkTarget } from '../../charts/trend-types';
import type { TrendDatum, TrendSeries } from '../../figures/trend-data';

/** More lines than this and their interval bars overlap into noise; small multiples show every band. */
export const MAX_LINES_WITH_INTERVALS = 4;

interface TrendFigureProps {
  readonly data: readonly TrendDatum[];
  readonly series: readonly TrendSeries[];
  readonly measure: TrendMeasure;
  readonly layout: TrendLayout;
  readonly lowNThreshold: number;
  readonly label: string;
  readonly linkFor: (datum: TrendDatum, series: TrendSeries) => ChartLinkTarget;
  /** The element holding the figure's SVG, for exporting it. */
  readonly frameRef?: Ref<HTMLDivElement>;
}

/** The trend in the layout asked for; the wrapper is what an export looks for the SVG in. */
export function TrendFigure({ data, series, measure, layout, lowNThreshold, label, linkFor, frameRef }: TrendFigureProps) {
  return (
    <div ref={frameRef} className="trend-figure" role="figure" aria-label={label}>
      {layout === 'multiples' ? (
        <TrendMultiples data={data} series={series} measure={measure} lowNThreshold={lowNThreshold} linkFor={linkFor} label={label} />
      ) : (
        <TrendChart
          data={data}
          series={series}
          measure={measure}
          layout={layout}
          showIntervals={series.length <= MAX_LINES_WITH_INTERVALS}
          lowNThreshold={lowNThreshold}
          linkFor={linkFor}
        />
      )}
    </div>
  );
}
