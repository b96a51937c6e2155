import { FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { createBitset, or, popcount } from './bitset';
import type { Bitset } from './bitset';
import type { FacetBits, PreparedColumns } from './prepared-columns';
import { groupKey } from '../domain/option-group-keys';

/**
 * The most lines a view draws for one facet, the group included: the longest vocabulary
 * (13 options) and `unknown`, with room for the most frequent options outside it. A
 * free-text facet of an export can hold thousands of distinct options, which no chart
 * can draw readably (nor a heatmap of them squared at all).
 */
export const OPTION_LIMIT = 24;

/** One facet's options drawn as one line: the least frequent options outside the vocabulary. */
export interface OptionGroup {
  readonly key: string;
  /** The grouped options, in dictionary order. */
  readonly options: readonly string[];
}

/**
 * The dataset as the views count it. An incident counts once in the group line when it
 * has at least one of the grouped options, however many it has: the line is a union, so
 * its count is never the sum of the grouped options' counts.
 */
export interface GroupedColumns {
  /** Every facet with at most `OPTION_LIMIT` options: the kept options in dictionary order, then the group line. */
  readonly counting: PreparedColumns;
  /** Every option of the dictionary and after them the group line, so a filter selects any single option or the group exactly. */
  readonly filtering: PreparedColumns;
  /** The group of each facet that has one. */
  readonly groups: Readonly<Partial<Record<FacetId, OptionGroup>>>;
}

/**
 * Which options of a facet stay lines of their own: every vocabulary option and
 * `unknown`, then the options outside the vocabulary with the most incidents in the
 * whole dataset (ties in dictionary order), so the choice never changes with a filter.
 * Null when every option fits; otherwise the group holds at least two options, as the
 * group's line takes the place of one of them.
 */
export function keptOptions(bits: FacetBits, limit: number = OPTION_LIMIT): readonly number[] | null {
  if (bits.options.length <= limit) return null;
  const indices = bits.options.map((_, k) => k);
  const fixed = indices.filter((k) => bits.roles[k] !== 'extra');
  const extras = indices.filter((k) => bits.roles[k] === 'extra').sort((a, b) => bits.optionTotals[b] - bits.optionTotals[a] || a - b);
  const room = Math.max(0, limit - 1 - fixed.length);
  return [...fixed, ...extras.slice(0, room)].sort((a, b) => a - b);
}

function withLine(bits: FacetBits, kept: readonly number[], key: string, lineBits: Bitset): FacetBits {
  return {
    ...bits,
    options: [...kept.map((k) => bits.options[k]), key],
    roles: [...kept.map((k) => bits.roles[k]), 'extra'],
    optionBits: [...kept.map((k) => bits.optionBits[k]), lineBits],
    optionTotals: [...kept.map((k) => bits.optionTotals[k]), popcount(lineBits)],
  };
}

/** Groups every facet past `limit` options; facets that fit are passed through unchanged. */
export function groupColumns(columns: PreparedColumns, limit: number = OPTION_LIMIT): GroupedColumns {
  const counting: Partial<Record<FacetId, FacetBits>> = {};
  const filtering: Partial<Record<FacetId, FacetBits>> = {};
  const groups: Partial<Record<FacetId, OptionGroup>> = {};
  for (const facet of FACET_IDS) {
    const bits = columns.facets[facet];
    const kept = keptOptions(bits, limit);
    if (kept === null) {
      counting[facet] = bits;
      filtering[facet] = bits;
      continue;
    }
    const keep = new Set(kept);
    const grouped = bits.options.flatMap((_, k) => (keep.has(k) ? [] : [k]));
    const union = createBitset(columns.size);
    for (const k of grouped) or(union, bits.optionBits[k], union);
    const key = groupKey(grouped.length);
    groups[facet] = { key, options: grouped.map((k) => bits.options[k]) };
    counting[facet] = withLine(bits, kept, key, union);
    filtering[facet] = withLine(bits, bits.options.map((_, k) => k), key, union);
  }
  return {
    counting: { ...columns, facets: counting as Record<FacetId, FacetBits> },
    filtering: { ...columns, facets: filtering as Record<FacetId, FacetBits> },
    groups,
  };
}
