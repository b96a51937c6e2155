import { SMALL_SAMPLE } from './sample-size';
import type { FacetId } from '../domain/taxonomy';
import { and, createBitset, forEachBit } from './bitset';
import type { Bitset } from './bitset';
import { periodAt, periodOrdinal, periodOrdinals } from './calendar-periods';
import { publishedRange } from './headline';
import type { Granularity, Period } from './calendar-periods';
import type { OptionRole, PreparedColumns } from './prepared-columns';
import { wilson } from './statistics/wilson-interval';
import type { ProportionInterval } from './statistics/wilson-interval';

const YEAR_DAYS = 365.25;

/**
 * The granularity a trend chart starts with for a selection spanning `spanInDays` (first
 * to last publication date): years, unless the span is under three years (quarters) or
 * under one year (months), so the chart has enough points without most of them being
 * near-empty.
 */
export function defaultGranularity(spanInDays: number): Granularity {
  if (spanInDays < YEAR_DAYS) return 'month';
  if (spanInDays < 3 * YEAR_DAYS) return 'quarter';
  return 'year';
}

/** A period of the selection's span. `empty` marks a period inside the span with no incident: "no data", not a zero share. */
export interface PeriodBucket {
  readonly period: Period;
  readonly count: number;
  readonly empty: boolean;
}

/**
 * The selection counted per period, every period from the first dated incident's to the
 * last one's, empty ones included, in time order. Undated incidents belong to no period:
 * they are `undated`, and `dated + undated` is the selection's size. No buckets when no
 * selected incident is dated.
 */
export interface PeriodBuckets {
  readonly granularity: Granularity;
  readonly buckets: readonly PeriodBucket[];
  readonly dated: number;
  readonly undated: number;
}

/**
 * The selection's span, `length` periods from ordinal `first`, and a tally of any subset
 * of the selection per period: `tally(rows)[slot]` counts the selected rows of `rows` in
 * the span's slot-th period, and `tally(rows)[length]` the undated ones. `ordinals` are
 * every row's periods (`periodOrdinals`); the span is the selection's first and last
 * dates, found from both ends of the rows in date order.
 */
interface PeriodSlots {
  readonly first: number;
  readonly length: number;
  readonly tally: (rows: Bitset) => Int32Array;
}

function periodSlots(columns: PreparedColumns, mask: Bitset, granularity: Granularity, ordinals: Int32Array): PeriodSlots {
  if (ordinals.length !== columns.size) throw new RangeError(`${ordinals.length} period ordinals were made for another dataset than these ${columns.size} rows`);
  const dates = publishedRange(columns, mask);
  const start = dates.first === null ? 0 : periodOrdinal(dates.first, granularity);
  const length = dates.first === null || dates.last === null ? 0 : periodOrdinal(dates.last, granularity) - start + 1;
  const scratch = createBitset(columns.size);
  const tally = (rows: Bitset): Int32Array => {
    const counts = new Int32Array(length + 1);
    // Dated ordinals of the selection are at least `start`; NO_PERIOD (negative) is below every one.
    forEachBit(and(mask, rows, scratch), (row) => {
      const ordinal = ordinals[row];
      counts[ordinal >= start ? ordinal - start : length]++;
    });
    return counts;
  };
  return { first: start, length, tally };
}

/**
 * Counts the incidents in `mask` per period of `granularity`. `ordinals` are every row's
 * periods at that granularity, made here unless the caller keeps them for the dataset.
 */
export function periodBuckets(columns: PreparedColumns, mask: Bitset, granularity: Granularity, ordinals = periodOrdinals(columns.published, granularity)): PeriodBuckets {
  const { first, length, tally } = periodSlots(columns, mask, granularity, ordinals);
  const counts = tally(mask);
  const buckets = Array.from({ length }, (_, slot): PeriodBucket => ({
    period: periodAt(first + slot, granularity),
    count: counts[slot],
    empty: counts[slot] === 0,
  }));
  const undated = counts[length];
  return { granularity, buckets, dated: buckets.reduce((total, b) => total + b.count, 0), undated };
}

/** A count with its share and Wilson interval; share and interval are null when the denominator is 0. */
export interface ShareWithInterval {
  readonly count: number;
  readonly share: number | null;
  readonly interval: ProportionInterval | null;
}

export interface TrendOption extends ShareWithInterval {
  readonly option: string;
  readonly role: OptionRole;
}

/**
 * One facet over one group of incidents (a period, or the undated ones). `incidents` is
 * the group's size and `n` the denominator of the option shares: `incidents`, or with
 * gaps excluded, `incidents − notAnalysed − unknownOnly` (as in `countFacet`), in which
 * case `unknown`'s share is null. The gaps' own shares are always of `incidents`, so they
 * read "this much of the period is unclassified" whatever the switch says. Facets are
 * multi-valued, so option shares may sum past 1. `lowN`: n is below the threshold and the
 * shares swing with a single incident.
 */
export interface TrendPoint {
  readonly incidents: number;
  readonly n: number;
  readonly options: readonly TrendOption[];
  readonly unknownOnly: ShareWithInterval;
  readonly notAnalysed: ShareWithInterval;
  readonly lowN: boolean;
}

export interface TrendPeriod extends TrendPoint {
  readonly period: Period;
  /** No incident in the period: draw a gap, not a zero. */
  readonly empty: boolean;
}

/** Per period of the selection's span, the facet's options as counts and shares; undated incidents apart. */
export interface Trend {
  readonly facet: FacetId;
  readonly granularity: Granularity;
  readonly excludeGaps: boolean;
  readonly lowNThreshold: number;
  readonly periods: readonly TrendPeriod[];
  readonly undated: TrendPoint;
}

export interface TrendOptions {
  readonly excludeGaps?: boolean;
  /** Periods whose share denominator is below this are flagged `lowN`; `SMALL_SAMPLE` by default. */
  readonly lowN?: number;
  readonly confidence?: number;
  /** Every row's period at the granularity (`periodOrdinals`), when the caller keeps them for the dataset. */
  readonly ordinals?: Int32Array;
}

function shareOf(count: number, n: number, confidence: number): ShareWithInterval {
  const interval = wilson(count, n, confidence);
  return { count, share: interval?.estimate ?? null, interval };
}

/**
 * Counts the facet's options per period over the incidents in `mask`, with a Wilson
 * interval on every share. The intervals treat the period's incidents as a sample from
 * the incidents that could have been reported; they do not account for reporting that
 * grows over time. One pass per option over the selected rows having it.
 */
export function trendByOption(
  columns: PreparedColumns,
  mask: Bitset,
  facet: FacetId,
  granularity: Granularity,
  { excludeGaps = false, lowN = SMALL_SAMPLE, confidence = 0.95, ordinals = periodOrdinals(columns.published, granularity) }: TrendOptions = {},
): Trend {
  const bits = columns.facets[facet];
  const { first, length, tally } = periodSlots(columns, mask, granularity, ordinals);
  const counts = tally(mask);
  const optionCounts = bits.optionBits.map(tally);
  const notAnalysed = tally(bits.notAnalysed);
  const unknownOnly = tally(bits.unknownOnly);

  const point = (slot: number): TrendPoint => {
    const incidents = counts[slot];
    const n = excludeGaps ? incidents - notAnalysed[slot] - unknownOnly[slot] : incidents;
    return {
      incidents,
      n,
      options: bits.options.map((option, k): TrendOption => {
        const role = bits.roles[k];
        const count = optionCounts[k][slot];
        const share = excludeGaps && role === 'unknown' ? { count, share: null, interval: null } : shareOf(count, n, confidence);
        return { option, role, ...share };
      }),
      unknownOnly: shareOf(unknownOnly[slot], incidents, confidence),
      notAnalysed: shareOf(notAnalysed[slot], incidents, confidence),
      lowN: n < lowN,
    };
  };
  const periods = Array.from({ length }, (_, slot): TrendPeriod => ({
    period: periodAt(first + slot, granularity),
    empty: counts[slot] === 0,
    ...point(slot),
  }));
  return { facet, granularity, excludeGaps, lowNThreshold: lowN, periods, undated: point(length) };
}
