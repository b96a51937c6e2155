import { popcount } from '../analysis/bitset';
import { publishedSpan, sharedPeriodOrdinals } from './figure-derivations';
import type { Granularity } from '../analysis/calendar-periods';
import { trendByOption } from '../analysis/trend';
import { isMultiValued } from '../analysis/trend-shape';
import { incidentCount } from '../components/format-count';
import { facetColours } from '../domain/option-colours';
import { barLabel } from '../domain/option-label';
import { FACETS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { withOptions, withoutFacets } from '../state/drill-down';
import type { FigureInput } from '../state/figure-input';
import { filtersInWords } from '../state/filters-in-words';
import type { TrendLayout, TrendMeasure, UrlState } from '../state/url-state';
import { tableFraction } from './figure';
import type { FigureFrame, FigureTarget, TableValue } from './figure';
import { PERIOD_NAMES, datedCounts, periodLinksNote, periodTarget, suggestedGranularity } from './figure-periods';
import { MULTI_VALUED_NOTE, lowNPeriodsWarning, optionGroupNote, possibleCopiesWarning, undatedWarning } from './figure-notes';
import { coincidingSeries } from './trend-coincidence';
import type { TrendDatum, TrendSeries } from './trend-data';
import { trendLegendItems } from './trend-legend';
import { drawnSeries, trendData, trendSeries } from './trend-series';
import { periodLabel, pointSentence, sentenceStart } from './trend-text';
import { incidentsWithAny, topKeys, topLinesNote } from './top-rows';
import type { MoreOptions } from './top-rows';

/** More lines than this and their interval bars overlap into noise; small multiples show every band. */
export const MAX_LINES_WITH_INTERVALS = 4;

/** A period of the trend with where each of its marks leads. */
export interface TrendFigureDatum extends TrendDatum {
  /** The period's incidents (all options); null for a period without one. */
  readonly target: FigureTarget | null;
  /** Each series' incidents in the period, by series index; null where there is none to list. */
  readonly targets: readonly (FigureTarget | null)[];
}

export interface TrendFigure extends FigureFrame {
  readonly kind: 'trend';
  readonly chart: { readonly kind: 'trend'; readonly facet: FacetId; readonly top?: number };
  readonly facet: FacetId;
  readonly granularity: Granularity;
  /** The granularity the span suggests, which "Auto" stands for. */
  readonly suggested: Granularity;
  readonly measure: TrendMeasure;
  /**
   * The layout drawn: the one asked for, except stacked shares of a multi-valued facet,
   * which would stack past 100% and are drawn as lines instead (`stackRefused`).
   */
  readonly layout: TrendLayout;
  readonly stackRefused: boolean;
  /** Some incident has several options of the facet: shares sum past 100% and stacked counts are labels. */
  readonly multiValued: boolean;
  readonly lowNThreshold: number;
  /** Lines draw each point's 95% interval bar: with a few lines only, where they stay readable. */
  readonly showIntervals: boolean;
  /** Every series, drawn or not: the table is where nothing is left out. */
  readonly series: readonly TrendSeries[];
  /** The series with something to draw, in legend order; on a slide drawing its top N, those N and the gaps. */
  readonly drawn: readonly TrendSeries[];
  /** The options with something to draw that a slide drawing its top N leaves out; null when it draws them all. */
  readonly more: MoreOptions | null;
  readonly data: readonly TrendFigureDatum[];
  /** Drawn series whose lines lie on one another in every period. */
  readonly coinciding: readonly (readonly TrendSeries[])[];
}

const listed = (labels: readonly string[]): string =>
  labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

function subtitle(measure: TrendMeasure, layout: TrendLayout, multiValued: boolean, per: string, facet: string): string {
  if (measure === 'share') return `Share of each ${per}’s incidents having each ${facet} option.`;
  if (layout === 'stacked' && multiValued) {
    return `Labels per ${per}, stacked: an incident counts once under each ${facet} option it has, so a stack counts labels and can rise above the ${per}’s incidents (dashed line).`;
  }
  return `Incidents per ${per} having each ${facet} option.`;
}

/** The trend's numbers, one record per period and series (long format, which every spreadsheet pivots). */
function table(data: readonly TrendDatum[], series: readonly TrendSeries[]) {
  const header = ['Period', 'Incidents', 'Denominator', 'Denominator counts', 'Low N', 'Option', 'Count', 'Share', 'CI95 low', 'CI95 high'];
  const rows = data.flatMap((datum): TableValue[][] =>
    datum.empty
      ? [[datum.key, 0, null, 'no incident', null, null, null, null, null, null]]
      : series.map((s) => {
          const cell = datum.cells[s.index];
          const gap = s.mark === 'not-analysed';
          const counts = gap || datum.n === datum.incidents ? 'incidents of the period' : 'N (gaps left out)';
          return [datum.key, datum.incidents, gap ? datum.incidents : datum.n, counts, datum.lowN ? 'yes' : 'no', s.label, cell.count, tableFraction(cell.share), tableFraction(cell.interval?.low), tableFraction(cell.interval?.high)];
        }),
  );
  return { header, rows };
}

/**
 * One facet's options over the periods of publication, counted like an overview panel
 * over every filter but the facet's own (so every option stays visible and a point's
 * link simply sets the facet's filter to its option), each point and stack segment
 * leading to its incidents.
 */
export function trendFigure(input: FigureInput, state: UrlState, facet: FacetId, choice: { readonly top?: number } = {}): TrendFigure {
  const { measure, layout: asked } = state.trend;
  const mask = input.masksFor(state.filters).except[facet];
  const selected = popcount(mask);
  // "Auto" follows the selection's span, as the incidents per period above the trend do, so both have the same periods.
  const span = publishedSpan(input.columns, input.masksFor(state.filters).all);
  const suggested = suggestedGranularity(span.first, span.last);
  const granularity = state.trend.granularity ?? suggested;
  const trend = trendByOption(input.columns, mask, facet, granularity, { excludeGaps: state.excludeGaps, ordinals: sharedPeriodOrdinals(input.columns, granularity) });
  const series = trendSeries(trend, (option) => barLabel(facet, option), facetColours(facet, input.columns.facets[facet].options));
  const plotted = trendData(trend, series, measure);
  const drawable = drawnSeries(series, plotted);
  const isOption = (s: TrendSeries) => s.mark === 'option' || s.mark === 'extra';
  const kept = topKeys(drawable.filter(isOption).map((s) => ({ key: s.option, count: s.total })), choice.top);
  const drawn = drawable.filter((s) => !isOption(s) || kept.has(s.option));
  const left = drawable.filter((s) => isOption(s) && !kept.has(s.option)).map((s) => s.option);
  const more = left.length === 0 ? null : { options: left.length, incidents: incidentsWithAny(input.columns.facets[facet], left, mask) };
  const multiValued = isMultiValued(trend);
  const stackRefused = asked === 'stacked' && measure === 'share' && multiValued;
  const layout = stackRefused ? 'lines' : asked;
  const coinciding = layout === 'lines' ? coincidingSeries(drawn, plotted) : [];
  const showIntervals = layout === 'lines' && measure === 'share' && drawn.length <= MAX_LINES_WITH_INTERVALS;
  const base = withoutFacets(state.filters, [facet]);
  const data = plotted.map(
    (datum): TrendFigureDatum => ({
      ...datum,
      target: datum.empty ? null : periodTarget(state, base, datum, `: ${incidentCount(datum.incidents)}`),
      targets: series.map((s) =>
        datum.empty || datum.cells[s.index].count === 0
          ? null
          : periodTarget(state, withOptions(state.filters, facet, [s.option]), datum, `, ${pointSentence(s, datum, measure)}`, 'List these incidents'),
      ),
    }),
  );
  const name = FACETS[facet].name;
  const per = PERIOD_NAMES[granularity];
  const undated = trend.undated.incidents;
  const lowN = data.filter((datum) => datum.lowN && !datum.empty).map((datum) => periodLabel(datum.key));
  const absent = series.filter((s) => s.total === 0).map((s) => s.label);
  const ownFilter = state.filters.facets[facet].selected.length > 0;
  return {
    kind: 'trend',
    chart: { kind: 'trend', facet, ...(choice.top === undefined ? {} : { top: choice.top }) },
    title: `${name} over time`,
    subtitle: subtitle(measure, layout, multiValued, per, name.toLowerCase()),
    n: { value: selected, counts: datedCounts(undated) },
    denominator:
      measure === 'share'
        ? `Each point is a share of its ${per}’s N${state.excludeGaps ? ' (its incidents with an answer; “not analysed” is of all its incidents)' : ', its incidents'}.`
        : `Each point counts its ${per}’s incidents having the option.`,
    filters: filtersInWords(state),
    published: publishedSpan(input.columns, mask),
    build: input.build,
    legend: trendLegendItems(drawn, { layout, measure, showIntervals, lowNThreshold: trend.lowNThreshold, someLowN: data.some((datum) => datum.lowN) }),
    warnings: [
      lowNPeriodsWarning(lowN, trend.lowNThreshold, measure === 'share'),
      stackRefused
        ? `Stacked shares are drawn as lines: some incidents have several ${name} options, so their shares would stack past 100%. Choose Counts to stack the labels instead.`
        : null,
      ...coinciding.map(
        (group) =>
          `${listed([sentenceStart(group[0]), ...group.slice(1).map((s) => s.label)])} have the same value in every period: their lines lie on one another, drawn widest first so each shows around the next, each with its own marker.`,
      ),
      undatedWarning(undated, selected),
      possibleCopiesWarning(input.columns.possibleCopies),
    ].filter((line) => line !== null),
    notes: [
      multiValued
        ? `${MULTI_VALUED_NOTE}${layout === 'stacked' ? ' Each stack counts labels, not incidents.' : ''}`
        : `Every incident here has one ${name} option, so the options’ shares of a ${per} add up to its incidents.`,
      ownFilter ? `Counted without the selection’s own ${name} filter, so every option stays visible.` : null,
      layout === 'lines' && measure === 'share' && !showIntervals
        ? `With more than ${MAX_LINES_WITH_INTERVALS} lines the interval bars are left off: small multiples show each option’s band.`
        : null,
      state.excludeGaps
        ? '“Not analysed” and only-unknown incidents are left out of N; “not analysed” stays a share of all the period’s incidents.'
        : null,
      absent.length > 0 ? `No incident in the span, so not drawn: ${absent.join(', ')}.` : null,
      more && topLinesNote(kept.size, more),
      periodLinksNote(granularity),
      optionGroupNote(input, facet),
    ].filter((line) => line !== null),
    statistics: [],
    table: table(data, series),
    facet,
    granularity,
    suggested,
    measure,
    layout,
    stackRefused,
    multiValued,
    lowNThreshold: trend.lowNThreshold,
    showIntervals,
    series,
    drawn,
    more,
    data,
    coinciding,
  };
}
