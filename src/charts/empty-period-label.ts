/** A line of the label's small text, rotated across its period's band. */
const LINE_PX = 14;

/**
 * The rotated “no incident” of an empty period, when every period's band has room for a
 * line of it: over a span of many periods (a report dated 1901 among 2020's) the labels
 * would pile into an unreadable band. The figure's note and its table still name the
 * empty periods.
 */
export function emptyPeriodLabel(empty: boolean, plotWidth: number, periods: number) {
  if (!empty || plotWidth / periods < LINE_PX) return undefined;
  return { value: 'no incident', angle: -90, className: 'trend-chart__empty' };
}
