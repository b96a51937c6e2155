import { NOT_ANALYSED } from '../domain/gap-keys';
import type { Trend } from '../analysis/trend';
import { UNKNOWN_COLOUR } from '../domain/option-colours';
import type { TrendMeasure } from '../state/url-state';
import { markerOf } from './trend-markers';
import type { SeriesMark, TrendDatum, TrendSeries } from './trend-data';

/**
 * One series per option of the facet's dictionary (vocabulary, `unknown`, extras), then
 * "not analysed": the gaps get series of their own so a period where half the incidents
 * are unclassified shows it. `total` counts the series' incidents over the whole span.
 * `colourOf` colours the options; "not analysed" is drawn dotted in the unknown grey.
 */
export function trendSeries(
  trend: Trend,
  labelOf: (option: string) => string,
  colourOf: (option: string) => string,
): TrendSeries[] {
  const first = trend.periods[0] ?? trend.undated;
  const sum = (count: (point: Trend['undated']) => number) => trend.periods.reduce((total, period) => total + count(period), 0);
  const options = first.options.map((option, k): TrendSeries => {
    const mark: SeriesMark = option.role === 'vocabulary' ? 'option' : option.role;
    const total = sum((point) => point.options[k].count);
    return { index: k, option: option.option, label: labelOf(option.option), colour: colourOf(option.option), mark, marker: markerOf(k), total };
  });
  // The light grey of "not analysed" is meant for hatched areas; a dotted line in it would vanish on either theme.
  const gap: TrendSeries = {
    index: options.length,
    option: NOT_ANALYSED,
    label: labelOf(NOT_ANALYSED),
    colour: UNKNOWN_COLOUR,
    mark: 'not-analysed',
    marker: markerOf(options.length),
    total: sum((point) => point.notAnalysed.count),
  };
  return [...options, gap];
}

/**
 * The chart's rows, one per period, with each series' plotted value: its count, or its
 * share of the period's N (the cells keep the Wilson limits). A share is null where
 * there is nothing to divide by (no incident that period) or the series is left out of N
 * (gaps excluded), so lines break there instead of dropping to 0. "Not analysed" is a
 * share of all the period's incidents, so with gaps excluded it is not plotted on the
 * same axis as shares of N.
 */
export function trendData(trend: Trend, series: readonly TrendSeries[], measure: TrendMeasure): TrendDatum[] {
  return trend.periods.map((period) => {
    const cells = series.map((s) => (s.mark === 'not-analysed' ? period.notAnalysed : period.options[s.index]));
    const hidden = (s: TrendSeries) => measure === 'share' && trend.excludeGaps && s.mark === 'not-analysed';
    return {
      key: period.period.key,
      start: period.period.start,
      end: period.period.end,
      incidents: period.incidents,
      n: period.n,
      lowN: period.lowN,
      empty: period.empty,
      cells,
      values: series.map((s, i) => (hidden(s) ? null : measure === 'count' ? cells[i].count : cells[i].share)),
    };
  });
}

/** The series worth a mark: any incident over the span, and something to plot. */
export const drawnSeries = (series: readonly TrendSeries[], data: readonly TrendDatum[]): TrendSeries[] =>
  series.filter((s) => s.total > 0 && data.some((datum) => datum.values[s.index] !== null));
