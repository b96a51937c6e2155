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
 * Counts of 32-bit masks in an open-addressing table on typed arrays: a `Map` costs a
 * lookup and a store per incident, and its keys past 2^30 are boxed numbers.
 */
class SetTally {
  private bits = 6;
  private keys = new Uint32Array(1 << this.bits);
  private counts = new Uint32Array(1 << this.bits);
  private used = 0;

  private slotOf(set: number): number {
    const mask = (1 << this.bits) - 1;
    let slot = Math.imul(set, 0x9e3779b1) >>> (32 - this.bits);
    while (this.counts[slot] !== 0 && this.keys[slot] !== set) slot = (slot + 1) & mask;
    return slot;
  }

  add(set: number, count = 1): void {
    const slot = this.slotOf(set);
    if (this.counts[slot] === 0) {
      this.keys[slot] = set;
      this.used++;
    }
    this.counts[slot] += count;
    if (this.used * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const { keys, counts } = this;
    this.bits++;
    this.keys = new Uint32Array(1 << this.bits);
    this.counts = new Uint32Array(1 << this.bits);
    this.used = 0;
    counts.forEach((count, slot) => {
      if (count !== 0) this.add(keys[slot], count);
    });
  }

  /** Each mask counted, with its count, in no particular order. */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    this.counts.forEach((count, slot) => {
      if (count !== 0) out.push([this.keys[slot], count]);
    });
    return out;
  }
}

/**
 * Each incident of `analysed` as the positions of the options it has, tallied: the
 * count of each distinct set. Up to 32 options a set is one 32-bit mask, made 32
 * incidents at a time from the words of the option bitsets, with no callback or string
 * per incident (a million of them at the largest datasets); past 32, each incident's
 * masks are joined into a string key.
 */
function tallySets(analysed: Bitset, optionBits: readonly Bitset[], size: number): { indices: number[]; count: number }[] {
  const positionsOf = (has: (k: number) => boolean) => optionBits.flatMap((_, k) => (has(k) ? [k] : []));
  if (optionBits.length <= 32) {
    const block = new Uint32Array(32);
    const tally = new SetTally();
    for (let w = 0; w < analysed.length; w++) {
      const rows = analysed[w];
      if (rows === 0) continue;
      block.fill(0);
      for (let k = 0; k < optionBits.length; k++) {
        for (let having = rows & optionBits[k][w]; having !== 0; having &= having - 1) block[31 - Math.clz32(having & -having)] |= 1 << k;
      }
      for (let left = rows; left !== 0; left &= left - 1) tally.add(block[31 - Math.clz32(left & -left)]);
    }
    return tally.entries().map(([set, count]) => ({ indices: positionsOf((k) => (set & (2 ** k)) !== 0), count }));
  }
  const words = Math.ceil(optionBits.length / 32);
  const codes = new Uint32Array(size * words);
  const scratch = createBitset(size);
  optionBits.forEach((bits, k) => {
    const word = k >>> 5;
    const bit = 1 << (k & 31);
    forEachBit(and(analysed, bits, scratch), (row) => {
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
  return [...tally.values()].map(({ row, count }) => ({ indices: positionsOf((k) => (codes[row * words + (k >>> 5)] & (1 << (k & 31))) !== 0), count }));
}

/** The exact option sets of the selection's analysed incidents, most frequent first (OptionCombinations). */
export function optionCombinations(
  columns: PreparedColumns,
  mask: Bitset,
  facet: FacetId,
  limit: number,
): OptionCombinations {
  const bits = columns.facets[facet];
  const analysed = andNot(mask, bits.notAnalysed);
  const n = popcount(analysed);
  const sets = tallySets(analysed, bits.optionBits, columns.size).sort((a, b) => b.count - a.count || compareSets(a.indices, b.indices));
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
