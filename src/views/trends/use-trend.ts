import { useMemo } from 'react';
import type { Bitset } from '../../analysis/bitset';
import { daysBetween } from '../../analysis/calendar-periods';
import type { Granularity } from '../../analysis/calendar-periods';
import { headline } from '../../analysis/headline';
import type { Headline } from '../../analysis/headline';
import { defaultGranularity, trendByOption } from '../../analysis/trend';
import type { Trend } from '../../analysis/trend';
import { isMultiValued } from '../../analysis/trend-shape';
import { optionColour } from '../../domain/option-colours';
import type { TrendLayout, UrlState } from '../../state/url-state';
import { coincidingSeries } from '../../figures/trend-coincidence';
import type { TrendDatum, TrendSeries } from '../../figures/trend-data';
import { useGroupedColumns } from '../../data/get-grouped-columns';
import { barLabel } from '../../domain/option-label';
import { useSelection } from '../../state/use-selection';
import type { Selection } from '../../state/use-selection';
import { drawnSeries, trendData, trendSeries } from '../../figures/trend-series';

/** Everything the trend view draws, derived from the URL state and the loaded dataset. */
export interface TrendView {
  readonly trend: Trend;
  readonly granularity: Granularity;
  /** The granularity the span suggests, which "Auto" stands for. */
  readonly suggested: Granularity;
  /** The incidents counted: the selection without the facet's own filter. */
  readonly counted: Headline;
  readonly mask: Bitset;
  readonly series: readonly TrendSeries[];
  readonly drawn: readonly TrendSeries[];
  readonly data: readonly TrendDatum[];
  /** Some incident has several options of the facet: shares sum past 100% and stacked counts are labels. */
  readonly multiValued: boolean;
  /**
   * The layout drawn: the one asked for, except stacked shares of a multi-valued facet,
   * which would stack past 100% and are drawn as lines instead (`stackRefused`).
   */
  readonly layout: TrendLayout;
  readonly stackRefused: boolean;
  /** Drawn series whose lines lie on one another in every period, named in a note. */
  readonly coinciding: readonly (readonly TrendSeries[])[];
}

function suggestedGranularity(summary: Headline): Granularity {
  const { firstPublished, lastPublished } = summary;
  return firstPublished === null || lastPublished === null ? 'year' : defaultGranularity(daysBetween(firstPublished, lastPublished));
}

/**
 * The trend of `state.trend.facet` over the URL's selection. Like an overview panel it
 * counts over every filter but the facet's own (`masks.except`), so every option stays
 * visible and a point's link can simply set the facet's filter to its option. Null until
 * the dataset has loaded.
 */
export function useTrend(state: UrlState): { view: TrendView | null; selection: Selection } {
  const selection = useSelection(state);
  const { facet, measure, layout: asked } = state.trend;
  const mask = selection.masks?.except[facet] ?? null;
  const columns = useGroupedColumns().data?.counting ?? null;
  const view = useMemo((): TrendView | null => {
    if (columns === null || mask === null) return null;
    const counted = headline(columns, mask);
    const suggested = suggestedGranularity(counted);
    const granularity = state.trend.granularity ?? suggested;
    const trend = trendByOption(columns, mask, facet, granularity, { excludeGaps: state.excludeGaps });
    const series = trendSeries(trend, (option) => barLabel(facet, option), (option) => optionColour(facet, option));
    const data = trendData(trend, series, measure);
    const drawn = drawnSeries(series, data);
    const multiValued = isMultiValued(trend);
    const stackRefused = asked === 'stacked' && measure === 'share' && multiValued;
    const layout = stackRefused ? 'lines' : asked;
    const coinciding = layout === 'lines' ? coincidingSeries(drawn, data) : [];
    return { trend, granularity, suggested, counted, mask, series, drawn, data, multiValued, layout, stackRefused, coinciding };
  }, [columns, mask, facet, measure, asked, state.trend.granularity, state.excludeGaps]);
  return { view, selection };
}
