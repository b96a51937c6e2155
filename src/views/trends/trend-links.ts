import type { UrlState } from '../../state/url-state';
import { hrefFor, navigate } from '../../state/use-url-state';
import { periodLabel, pointSentence } from '../../figures/trend-text';
import type { ChartLinkTarget } from '../../charts/trend-types';
import type { TrendDatum, TrendSeries } from '../../figures/trend-data';
import { formatCount } from '../../components/format-count';
import { listState, withOptions, withYears, withoutFacets } from '../../state/drill-down';

/** The publication years a period covers: the URL filters by whole years, so a quarter or month opens its year. */
export const periodYears = (datum: TrendDatum): [number, number] => [Math.floor(datum.start / 10000), Math.floor(datum.end / 10000)];

function target(to: UrlState, label: string): ChartLinkTarget {
  return { href: hrefFor(to), label, onFollow: () => navigate(to) };
}

/**
 * The overview states a trend's marks lead to. The trend counts without the facet's own
 * filter, so a point replaces that filter with its option and the years with the
 * period's: the list then holds exactly the point's incidents (for years; a quarter or
 * month opens its whole year, which the label says).
 */
export function trendLinks(state: UrlState) {
  const { facet, measure } = state.trend;
  const yearNote = (datum: TrendDatum) => {
    const [from, to] = periodYears(datum);
    return /^\d{4}$/.test(datum.key) ? '' : ` (opens ${from === to ? from : `${from}–${to}`})`;
  };
  const stateFor = (datum: TrendDatum, option: string | null) => {
    const [from, to] = periodYears(datum);
    const base = option === null ? withoutFacets(state.filters, [facet]) : withOptions(state.filters, facet, [option]);
    return listState(state, withYears(base, from, to));
  };
  return {
    point: (datum: TrendDatum, series: TrendSeries): ChartLinkTarget =>
      target(
        stateFor(datum, series.option),
        `${periodLabel(datum.key)}, ${pointSentence(series, datum, measure)}. List these incidents${yearNote(datum)}`,
      ),
    period: (datum: TrendDatum): ChartLinkTarget =>
      target(stateFor(datum, null), `${periodLabel(datum.key)}: ${formatCount(datum.incidents)} incidents. List them${yearNote(datum)}`),
  };
}
