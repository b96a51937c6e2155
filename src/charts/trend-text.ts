import type { ShareWithInterval } from '../analysis/trend';
import type { TrendDatum, TrendSeries } from './trend-types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period key as a reader says it: `2019`, `Q2 2019`, `Mar 2019`. */
export function periodLabel(key: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  return key;
}

/** Whole percents, as intervals this wide deserve: "60%". */
export const wholePercent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * A share with its count, denominator and interval, as the tooltips and spoken labels
 * write it: "Design: 12 of 20 (60%, 95% CI 39–78%)". "left out of N" when the series is
 * not part of the denominator, "no incident" when there is nothing to divide by.
 */
export function shareSentence(label: string, cell: ShareWithInterval, denominator: number): string {
  if (denominator === 0) return `${label}: no incident`;
  if (cell.share === null || cell.interval === null) return `${label}: ${cell.count} (left out of N)`;
  const { low, high } = cell.interval;
  return `${label}: ${cell.count} of ${denominator} (${wholePercent(cell.share)}, 95% CI ${Math.round(low * 100)}–${wholePercent(high)})`;
}

/** "Design: 12 incidents". */
export const countSentence = (label: string, count: number): string => `${label}: ${count} ${count === 1 ? 'incident' : 'incidents'}`;

/** The denominator of a series' share: N for options, every incident of the period for "not analysed". */
export const denominatorOf = (series: TrendSeries, datum: TrendDatum): number =>
  series.mark === 'not-analysed' ? datum.incidents : datum.n;

/** "design" as the start of a sentence: "Design". */
export const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One series in one period, in the chart's measure: "Design: 12 of 20 (60%, 95% CI 39–78%)". */
export function pointSentence(series: TrendSeries, datum: TrendDatum, measure: 'share' | 'count'): string {
  const cell = datum.cells[series.index];
  const label = capitalized(series.label);
  return measure === 'count' ? countSentence(label, cell.count) : shareSentence(label, cell, denominatorOf(series, datum));
}

/** The period's headline: "2019: 20 incidents", with a warning when N is low. */
export function periodSentence(datum: TrendDatum, threshold: number): string {
  const incidents = `${periodLabel(datum.key)}: ${datum.incidents} ${datum.incidents === 1 ? 'incident' : 'incidents'}`;
  const gapsOut = datum.n !== datum.incidents ? `, N = ${datum.n} without gaps` : '';
  return datum.lowN ? `${incidents}${gapsOut} (fewer than ${threshold}: shares swing with one incident)` : `${incidents}${gapsOut}`;
}
