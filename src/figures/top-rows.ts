import { or, popcountAnd } from '../analysis/bitset';
import type { Bitset } from '../analysis/bitset';
import type { FacetBits } from '../analysis/prepared-columns';
import { formatCount, incidentCount } from '../components/format-count';

/** The options a slide leaves out of its chart, summed in one line: how many, and the incidents having any of them. */
export interface MoreOptions {
  readonly options: number;
  /** Distinct incidents: one with two left-out options counts once, so this is not a sum of their counts. */
  readonly incidents: number;
}

/**
 * The keys of the `top` rows with the most incidents, ties kept in the given order; every
 * key when `top` is absent or not smaller than the rows. The caller draws the kept rows in
 * its own order, so "most incidents first" and "as the taxonomy lists them" both hold.
 */
export function topKeys<T extends { readonly key: string; readonly count: number }>(rows: readonly T[], top: number | undefined): Set<string> {
  if (top === undefined || top >= rows.length) return new Set(rows.map((row) => row.key));
  return new Set([...rows].sort((x, y) => y.count - x.count).slice(0, top).map((row) => row.key));
}

/** The incidents of `mask` having at least one of `options` of a facet. */
export function incidentsWithAny(bits: FacetBits, options: readonly string[], mask: Bitset): number {
  const any: Bitset = new Uint32Array(mask.length);
  for (const option of options) {
    const k = bits.options.indexOf(option);
    if (k !== -1) or(any, bits.optionBits[k], any);
  }
  return popcountAnd(any, mask);
}

const options = (count: number): string => `${formatCount(count)} ${count === 1 ? 'option' : 'options'}`;

/** "and 5 more options (23 incidents)": the line a slide draws in place of the options it leaves out. */
export const moreOptionsText = (more: MoreOptions): string =>
  `and ${formatCount(more.options)} more ${more.options === 1 ? 'option' : 'options'} (${incidentCount(more.incidents)})`;

/** The note that says a slide draws fewer options than the table holds. */
export const topNote = (drawn: number, total: number): string =>
  `The slide draws the ${options(drawn)} with the most incidents of ${formatCount(total)}, the others in one line; the CSV has every option.`;

/** The same for options over time, which have no room for a line of their own: the note names what is left out, on screen and on a slide. */
export const topLinesNote = (drawn: number, more: MoreOptions): string =>
  `The chart draws the ${options(drawn)} with the most incidents, ${moreOptionsText(more)} not drawn; the table and the CSV have every option.`;
