import type { ReactElement } from 'react';
import { ReferenceArea } from 'recharts';
import { periodRuns } from './period-runs';

/** A line of the “no incident” label's small text, rotated across its period's band. */
const LINE_PX = 14;
const EMPTY_LABEL = { value: 'no incident', angle: -90, className: 'trend-chart__empty' };

/**
 * The reference areas behind a chart of periods, as its children: one area filled with
 * `hatch` per run of periods with few incidents, and the “no incident” of each empty
 * period when every period's band, over `plotWidth`, has room for a line of it. Over a
 * span of many periods (a report dated 1901 among 2020's) the labels would pile into an
 * unreadable band; the figure's note and its table still name the empty periods.
 */
export function periodBands(periods: readonly { readonly key: string; readonly lowN: boolean; readonly empty: boolean }[], plotWidth: number, hatch: string): ReactElement[] {
  const runs = periodRuns(periods, (period) => period.lowN).map((run) => (
    <ReferenceArea key={run.first} x1={run.first} x2={run.last} fill={hatch} fillOpacity={1} ifOverflow="visible" />
  ));
  const labelled = plotWidth / periods.length >= LINE_PX ? periods.filter((period) => period.empty) : [];
  return [...runs, ...labelled.map((period) => <ReferenceArea key={`empty-${period.key}`} x1={period.key} x2={period.key} fill="none" ifOverflow="visible" label={EMPTY_LABEL} />)];
}
