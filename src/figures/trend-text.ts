import type { ShareWithInterval } from '../analysis/trend';
import { formatCount, incidentCount } from '../components/format-count';
import { wholePercent } from '../components/format-share';
import type { TrendDatum, TrendSeries } from './trend-data';

/** "30 incidents", "1 incident". */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period key as a reader says it: `2019`, `Q2 2019`, `Mar 2019`. */
export function periodLabel(key: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  return key;
}

/** A 95% interval in whole percents, each limit kept off 0% and 100% when it is not one: "39–78%", "<1–12%". */
export function intervalText(low: number, high: number): string {
  return `${wholePercent(low).replace('%', '')}–${wholePercent(high)}`;
}

/**
 * What a share of one period is a share of. Option shares are of N, which with gaps left
 * out is fewer than the period's incidents; "not analysed" is always of every incident.
 * Named whenever the two differ, so a row never mixes denominators unsaid.
 */
export function denominatorName(series: TrendSeries, datum: TrendDatum): string {
  const count = formatCount(denominatorOf(series, datum));
  if (datum.n === datum.incidents) return count;
  return series.mark === 'not-analysed' ? `${count} incidents` : `${count} in N`;
}

/**
 * A share with its count, denominator and interval, as the tooltips and spoken labels
 * write it: "Design: 12 of 20 (60%, 95% CI 39–78%)". "left out of N" when the series is
 * not part of the denominator, "no incident" when there is nothing to divide by.
 */
export function shareSentence(label: string, cell: ShareWithInterval, denominator: number, denominatorText = formatCount(denominator)): string {
  if (denominator === 0) return `${label}: no incident`;
  if (cell.share === null || cell.interval === null) return `${label}: ${formatCount(cell.count)} (left out of N)`;
  const { low, high } = cell.interval;
  return `${label}: ${formatCount(cell.count)} of ${denominatorText} (${wholePercent(cell.share)}, 95% CI ${intervalText(low, high)})`;
}

/** "Design: 12 incidents". */
export const countSentence = (label: string, count: number): string => `${label}: ${incidentCount(count)}`;

/** The denominator of a series' share: N for options, every incident of the period for "not analysed". */
export const denominatorOf = (series: TrendSeries, datum: TrendDatum): number =>
  series.mark === 'not-analysed' ? datum.incidents : datum.n;

/** "design" as the start of a sentence: "Design". */
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A series' label starting a sentence: capitalized, but for an option outside the
 * taxonomy, a report's own word, whose case may be its meaning ("iOS_update").
 */
export const sentenceStart = (series: TrendSeries): string => (series.mark === 'extra' ? series.label : capitalized(series.label));

/**
 * What stands for a share left out of N: the unknown series counts any unknown, but N
 * leaves out only the incidents whose one answer is unknown, which is what it says.
 */
export const leftOutText = (series: TrendSeries): string =>
  series.mark === 'unknown' ? 'its only-unknown incidents left out of N' : 'left out of N';

/** One series in one period, in the chart's measure: "Design: 12 of 20 (60%, 95% CI 39–78%)". */
export function pointSentence(series: TrendSeries, datum: TrendDatum, measure: 'share' | 'count'): string {
  const cell = datum.cells[series.index];
  const label = sentenceStart(series);
  if (datum.empty) return `${label}: no incident`;
  if (measure === 'count') return countSentence(label, cell.count);
  if (cell.share === null) return `${label}: ${formatCount(cell.count)} (${leftOutText(series)})`;
  return shareSentence(label, cell, denominatorOf(series, datum), denominatorName(series, datum));
}

/** The period's headline: "2019: 20 incidents", "2019: no incident", with a warning when N is low. */
export function periodSentence(datum: TrendDatum, threshold: number): string {
  if (datum.empty) return `${periodLabel(datum.key)}: no incident`;
  const incidents = `${periodLabel(datum.key)}: ${incidentCount(datum.incidents)}`;
  const gapsOut = datum.n !== datum.incidents ? `, N = ${formatCount(datum.n)} without gaps` : '';
  return datum.lowN ? `${incidents}${gapsOut} (fewer than ${threshold}: shares swing with one incident)` : `${incidents}${gapsOut}`;
}
