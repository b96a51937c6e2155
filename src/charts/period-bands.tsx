import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import { periodRuns } from './period-runs';

/** The widest a period's bar is drawn: over a span of one or two periods a bar would fill the plot. */
export const MAX_PERIOD_BAR_WIDTH = 96;

/** A line of the “no incident” label's small text, rotated across its period's band. */
const LINE_PX = 14;

interface PeriodBandsProps {
  readonly periods: readonly { readonly key: string; readonly lowN: boolean; readonly empty: boolean }[];
  /** The fill of a band, the chart's hatching. */
  readonly hatch: string;
}

/**
 * What sits behind a chart of periods, as one of its children: a band filled with
 * `hatch` per run of periods with few incidents, and the “no incident” of each empty
 * period when every period's band has room for a line of it. Drawn as two layers of
 * plain shapes, not a reference area each: every reference area registers with the
 * chart's store and wakes every other mark, so periods alternating between few and many
 * incidents over a century froze the page for seconds. Over a span of many periods the
 * labels would pile into an unreadable band; the figure's note and its table still name
 * the empty periods.
 */
export function PeriodBands({ periods, hatch }: PeriodBandsProps) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (plot === undefined || scale === undefined) return null;
  const span = (first: string, last: string) => {
    const start = scale(first, { position: 'start' });
    const end = scale(last, { position: 'end' });
    return start === undefined || end === undefined ? null : { start, end };
  };
  const bands = periodRuns(periods, (period) => period.lowN).map((run) => {
    const at = span(run.first, run.last);
    return at && <rect key={run.first} className="period-band" x={at.start} y={plot.y} width={at.end - at.start} height={plot.height} fill={hatch} />;
  });
  const middle = plot.y + plot.height / 2;
  const labels = (plot.width / periods.length >= LINE_PX ? periods.filter((period) => period.empty) : []).map((period) => {
    const at = span(period.key, period.key);
    if (at === null) return null;
    const centre = (at.start + at.end) / 2;
    return (
      <text key={period.key} className="trend-chart__empty" x={centre} y={middle} transform={`rotate(-90, ${centre}, ${middle})`} textAnchor="middle" dy="0.355em">
        no incident
      </text>
    );
  });
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.area}>
        <g className="period-bands">{bands}</g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.label}>
        <g>{labels}</g>
      </ZIndexLayer>
    </>
  );
}
