import { daysBetween } from '../analysis/calendar-periods';
import type { Granularity } from '../analysis/calendar-periods';
import { defaultGranularity } from '../analysis/trend';
import { formatCount } from '../components/format-count';
import { listState, withYears } from '../state/drill-down';
import type { UrlFilters, UrlState } from '../state/url-state';
import type { FigureTarget } from './figure';
import { periodLabel } from './trend-text';

/** A period by its key and first and last day, YYYYMMDD. */
interface PeriodSpan {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

export const PERIOD_NAMES: Record<Granularity, string> = { year: 'year', quarter: 'quarter', month: 'month' };

/** The granularity "Auto" stands for over a span of publication dates: years, or quarters or months for a short span. */
export function suggestedGranularity(first: number | null, last: number | null): Granularity {
  return first === null || last === null ? 'year' : defaultGranularity(daysBetween(first, last));
}

/** The publication years a period covers: the URL filters by whole years, so a quarter or month opens its year. */
const periodYears = (period: PeriodSpan): [number, number] => [Math.floor(period.start / 10000), Math.floor(period.end / 10000)];

/** What a quarter's or a month's link says it opens, since the list can only filter by whole years: " (opens 2019)". */
function opensNote(period: PeriodSpan): string {
  if (/^\d{4}$/.test(period.key)) return '';
  const [from, to] = periodYears(period);
  return ` (opens ${from === to ? from : `${from}–${to}`})`;
}

/**
 * The incident list of `filters` narrowed to a period's years, labelled "2019: <what>.
 * List them": exact for a year; a quarter or a month opens its whole year, which the
 * label says.
 */
export function periodTarget(state: UrlState, filters: UrlFilters, period: PeriodSpan, what: string, list = 'List them'): FigureTarget {
  const [from, to] = periodYears(period);
  return { state: listState(state, withYears(filters, from, to)), label: `${periodLabel(period.key)}${what}. ${list}${opensNote(period)}` };
}

/** Said of every chart whose marks are quarters or months: their links list a whole year. */
export function periodLinksNote(granularity: Granularity): string | null {
  if (granularity === 'year') return null;
  return `The incident list filters by whole years, so a ${PERIOD_NAMES[granularity]}’s link lists its whole year.`;
}

/** N's words when some incidents have no publication date: they count in N but in no period. */
export const datedCounts = (undated: number): string =>
  undated === 0 ? 'incidents' : `incidents, ${formatCount(undated)} of them undated and in no period`;
