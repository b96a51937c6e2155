import { popcount } from '../analysis/bitset';
import { publishedSpan, sharedPeriodOrdinals } from './figure-derivations';
import type { Granularity } from '../analysis/calendar-periods';
import { SMALL_SAMPLE } from '../analysis/sample-size';
import { periodBuckets } from '../analysis/trend';
import { formatCount, incidentCount } from '../components/format-count';
import type { FigureInput } from '../state/figure-input';
import { filtersInWords } from '../state/filters-in-words';
import type { UrlState } from '../state/url-state';
import type { FigureFrame, FigureTarget } from './figure';
import { PERIOD_NAMES, datedCounts, periodLinksNote, periodTarget, suggestedGranularity } from './figure-periods';
import { lowNPeriodsWarning, possibleCopiesWarning, undatedWarning } from './figure-notes';
import type { LegendItem } from './legend';
import { periodLabel } from './trend-text';

/** One period's bar: its incidents, or "no incident" (no data, not a zero) for a period of the span without one. */
export interface PeriodBar {
  /** `2019`, `2019-Q2`, `2019-03`. */
  readonly key: string;
  /** `2019`, `Q2 2019`, `Mar 2019`. */
  readonly label: string;
  /** First and last day, YYYYMMDD. */
  readonly start: number;
  readonly end: number;
  readonly incidents: number;
  /** Some, but fewer than the threshold: a share of them swings with one incident. */
  readonly lowN: boolean;
  readonly empty: boolean;
  /** The incident list of the period; null for an empty period, which has nothing to list. */
  readonly target: FigureTarget | null;
}

export interface PeriodTotalsFigure extends FigureFrame {
  readonly kind: 'period-totals';
  readonly chart: { readonly kind: 'period-totals' };
  readonly granularity: Granularity;
  /** The granularity the span suggests, which "Auto" stands for. */
  readonly suggested: Granularity;
  readonly lowNThreshold: number;
  readonly bars: readonly PeriodBar[];
  /** Incidents of N without a publication date, in no bar. */
  readonly undated: number;
}

const legend = (bars: readonly PeriodBar[], threshold: number): LegendItem[] => [
  { key: 'incidents', label: 'Bar: incidents published in the period', swatch: 'box', colour: 'var(--accent)' },
  ...(bars.some((bar) => bar.lowN) ? [{ key: 'low-n', label: `Hatched band: fewer than ${threshold} incidents`, swatch: 'lown' as const }] : []),
];

/**
 * The view's selection counted per period of publication, every period of its span
 * included (an empty one is "no incident", not a zero bar), each bar leading to the
 * incidents it counts. The periods are the view's (`state.trend.granularity`, or the
 * one the span suggests).
 */
export function periodTotalsFigure(input: FigureInput, state: UrlState, lowNThreshold = SMALL_SAMPLE): PeriodTotalsFigure {
  const mask = input.masksFor(state.filters).all;
  const selected = popcount(mask);
  const published = publishedSpan(input.columns, mask);
  const suggested = suggestedGranularity(published.first, published.last);
  const granularity = state.trend.granularity ?? suggested;
  const { buckets, undated } = periodBuckets(input.columns, mask, granularity, sharedPeriodOrdinals(input.columns, granularity));
  const bars = buckets.map(({ period, count, empty }): PeriodBar => ({
    key: period.key,
    label: periodLabel(period.key),
    start: period.start,
    end: period.end,
    incidents: count,
    lowN: !empty && count < lowNThreshold,
    empty,
    target: empty ? null : periodTarget(state, state.filters, period, `: ${incidentCount(count)}`),
  }));
  const per = PERIOD_NAMES[granularity];
  const lowN = bars.filter((bar) => bar.lowN).map((bar) => bar.label);
  const empty = bars.filter((bar) => bar.empty).length;
  return {
    kind: 'period-totals',
    chart: { kind: 'period-totals' },
    title: `Incidents per ${per}`,
    subtitle: `How many incidents of the selection were published in each ${per}.`,
    n: { value: selected, counts: datedCounts(undated) },
    denominator: `Each bar counts the incidents published in its ${per}.`,
    filters: filtersInWords(state),
    published,
    build: input.build,
    legend: legend(bars, lowNThreshold),
    warnings: [lowNPeriodsWarning(lowN, lowNThreshold, false), undatedWarning(undated, selected), possibleCopiesWarning(input.columns.possibleCopies)].filter((line) => line !== null),
    notes: [
      empty > 0 ? `${formatCount(empty)} ${empty === 1 ? `${per} of the span has` : `${per}s of the span have`} no incident: no bar, and “no incident” in the table.` : null,
      periodLinksNote(granularity),
    ].filter((line) => line !== null),
    statistics: [],
    table: {
      header: ['Period', 'Incidents', 'Low N'],
      rows: bars.map((bar) => [bar.key, bar.incidents, bar.empty ? 'no incident' : bar.lowN ? 'yes' : 'no']),
    },
    granularity,
    suggested,
    lowNThreshold,
    bars,
    undated,
  };
}
