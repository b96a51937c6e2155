import type { FacetId } from '../domain/taxonomy';
import { and, andNot, createBitset, forEachBit, popcount, popcountAnd } from './bitset';
import type { Bitset } from './bitset';
import { crosstab } from './crosstab';
import type { CrosstabLine } from './crosstab';
import type { OptionRole, PreparedColumns } from './prepared-columns';

/**
 * How often the options of one multi-valued facet occur together. `counts[i][j]` is the
 * number of incidents having both option i and option j; the matrix is symmetric and its
 * diagonal holds each option's own count (`options[i].total`). Covers the `n` incidents
 * of the selection whose facet is analysed; options in dictionary order, zeros included.
 */
export interface Cooccurrence {
  readonly facet: FacetId;
  readonly options: readonly CrosstabLine[];
  readonly counts: readonly (readonly number[])[];
  readonly n: number;
}

/** The facet crossed with itself: the cells of `crosstab(columns, mask, facet, facet)`. */
export function cooccurrence(columns: PreparedColumns, mask: Bitset, facet: FacetId): Cooccurrence {
  const table = crosstab(columns, mask, facet, facet);
  return { facet, options: table.rows, counts: table.cells, n: table.n };
}

/** One exact option set, as the incidents wrote it (in dictionary order), and how many incidents have exactly it. */
export interface OptionCombination {
  readonly options: readonly string[];
  readonly roles: readonly OptionRole[];
  readonly count: number;
  /** `count / n`; the shares of all combinations sum to 1, unlike option shares. */
  readonly share: number;
}

/**
 * The most frequent exact option sets of a facet among the `n` analysed incidents of the
 * selection, for an UpSet-style chart: every analysed incident has exactly one set, so
 * unlike per-option counts these partition the incidents. `{unknown}` is a set like any
 * other. Sorted by count, descending, ties in dictionary order of the sets; `rest` counts
 * the incidents whose set fell past `limit`, so the bars plus `rest` always add up to `n`.
 */
export interface OptionCombinations {
  readonly facet: FacetId;
  readonly n: number;
  /** Distinct sets seen, including those past the limit. */
  readonly distinct: number;
  readonly combinations: readonly OptionCombination[];
  readonly rest: number;
  readonly notAnalysed: number;
}

function compareSets(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * Recomputes the exact sets from the option bitsets: each analysed row gets a bit mask of
 * its options (one 32-bit word per 32 options), and equal masks are tallied. Costs one
 * pass per option over the rows having it, plus one over the analysed rows.
 */
export function optionCombinations(
  columns: PreparedColumns,
  mask: Bitset,
  facet: FacetId,
  limit: number,
): OptionCombinations {
  const bits = columns.facets[facet];
  const analysed = andNot(mask, bits.notAnalysed);
  const words = Math.max(1, Math.ceil(bits.options.length / 32));
  const codes = new Uint32Array(columns.size * words);
  const scratch = createBitset(columns.size);
  bits.optionBits.forEach((optionBits, k) => {
    const word = k >>> 5;
    const bit = 1 << (k & 31);
    forEachBit(and(analysed, optionBits, scratch), (row) => {
      codes[row * words + word] |= bit;
    });
  });
  const tally = new Map<string, { row: number; count: number }>();
  forEachBit(analysed, (row) => {
    let key = '';
    for (let w = row * words; w < (row + 1) * words; w++) key += String.fromCharCode(codes[w] & 0xffff, codes[w] >>> 16);
    const entry = tally.get(key);
    if (entry === undefined) tally.set(key, { row, count: 1 });
    else entry.count++;
  });
  const n = popcount(analysed);
  const sets = [...tally.values()]
    .map(({ row, count }) => ({
      indices: bits.options.flatMap((_, k) => ((codes[row * words + (k >>> 5)] & (1 << (k & 31))) !== 0 ? [k] : [])),
      count,
    }))
    .sort((a, b) => b.count - a.count || compareSets(a.indices, b.indices));
  const shown = sets.slice(0, Math.max(0, limit));
  const shownCount = shown.reduce((total, set) => total + set.count, 0);
  return {
    facet,
    n,
    distinct: sets.length,
    combinations: shown.map(({ indices, count }) => ({
      options: indices.map((k) => bits.options[k]),
      roles: indices.map((k) => bits.roles[k]),
      count,
      share: count / n,
    })),
    rest: n - shownCount,
    notAnalysed: popcountAnd(mask, bits.notAnalysed),
  };
}
