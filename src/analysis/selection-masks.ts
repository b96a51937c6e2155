import { FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { createBitset, intersection, or, setBit } from './bitset';
import type { Bitset } from './bitset';
import { NOT_ANALYSED } from '../domain/gap-keys';
import type { FacetFilter, Filters } from './filters';
import type { FacetBits, PreparedColumns } from './prepared-columns';
import { organizationMask } from './organizations';

function optionBitsOf(facet: FacetBits, option: string): Bitset | null {
  if (option === NOT_ANALYSED) return facet.notAnalysed;
  const index = facet.options.indexOf(option);
  return index === -1 ? null : facet.optionBits[index];
}

/**
 * The rows one facet filter lets through, or null when the facet does not filter. An
 * option absent from the dictionary matches no row: under OR it adds nothing, under AND
 * it empties the facet's match. `NOT_ANALYSED` stands for the empty facet, so under AND
 * it matches nothing alongside any real option. A filter of one option is that option's
 * own set, read-only, as a click on a bar makes it: no pass over the rows.
 */
function facetMask(columns: PreparedColumns, facet: FacetId, filter: FacetFilter): Bitset | null {
  if (filter.selected.length === 0) return null;
  const bits = columns.facets[facet];
  const sets = filter.selected.map((option) => optionBitsOf(bits, option));
  if (filter.matchAll) return sets.includes(null) ? createBitset(columns.size) : every(columns, sets as Bitset[]);
  const found = sets.filter((set) => set !== null);
  if (found.length === 0) return createBitset(columns.size);
  if (found.length === 1) return found[0];
  const mask = or(found[0], found[1]);
  for (const set of found.slice(2)) or(mask, set, mask);
  return mask;
}

/** The rows in every one of `sets`, the columns' set of every row for none. */
const every = (columns: PreparedColumns, sets: readonly Bitset[]): Bitset => intersection(sets) ?? columns.all;

/** Rows inside the year range; undated rows are never inside a set range. */
function yearMask(columns: PreparedColumns, from: number | null, to: number | null): Bitset {
  const low = from ?? -Infinity;
  const high = to ?? Infinity;
  const mask = createBitset(columns.size);
  for (let row = 0; row < columns.size; row++) {
    const year = columns.year[row];
    if (year !== 0 && year >= low && year <= high) setBit(mask, row);
  }
  return mask;
}

/**
 * The sets of the filters that are not facets and narrow the selection: kind, years,
 * organizations and search. A kind's set is the columns' own, so none is written to.
 */
function baseSets(columns: PreparedColumns, filters: Filters): Bitset[] {
  const sets = filters.kind === 'report' ? [columns.reports] : filters.kind === 'article' ? [columns.articles] : [];
  const { from, to } = filters.years;
  if (from !== null || to !== null) sets.push(yearMask(columns, from, to));
  if (filters.organizations.length > 0) sets.push(organizationMask(columns.organizations, filters.organizations, columns.size));
  if (filters.search !== null) {
    // A set made for another dataset would select rows by the wrong numbers: say so rather than count them.
    if (filters.search.length !== columns.all.length) throw new RangeError(`the search's set of ${filters.search.length} words was made for another dataset than these ${columns.size} rows`);
    sets.push(filters.search);
  }
  return sets;
}

/** The facet filters' sets, each with its facet: only facets that filter. */
function facetSets(columns: PreparedColumns, filters: Filters): [FacetId, Bitset][] {
  const active: [FacetId, Bitset][] = [];
  for (const facet of FACET_IDS) {
    const bits = facetMask(columns, facet, filters.facets[facet]);
    if (bits !== null) active.push([facet, bits]);
  }
  return active;
}

/**
 * The rows passing every filter: what the headline and the incident list show. Read-only:
 * with at most one filter it is a set of the columns themselves.
 */
export function selectionMask(columns: PreparedColumns, filters: Filters): Bitset {
  return every(columns, [...baseSets(columns, filters), ...facetSets(columns, filters).map(([, bits]) => bits)]);
}

/**
 * `all`: rows passing every filter. `except[f]`: rows passing every filter but facet f's
 * own, which is what panel f counts over, so picking an option there never hides the
 * panel's other options. For a facet without a filter `except[f]` is the very same
 * `all` set; treat every set here as read-only.
 */
export interface CrossFilterMasks {
  readonly all: Bitset;
  readonly except: Readonly<Record<FacetId, Bitset>>;
}

/**
 * Builds `all` and each panel's mask in one go, computing each facet's match once. Only
 * facets that filter get a mask of their own, so the cost grows with the number of
 * active facet filters, not with the number of panels. A kind's set and a one-option
 * facet filter are the columns' own sets, so one filter alone costs no pass over the rows.
 */
export function crossFilterMasks(columns: PreparedColumns, filters: Filters): CrossFilterMasks {
  const base = baseSets(columns, filters);
  const active = facetSets(columns, filters);
  const all = every(columns, [...base, ...active.map(([, bits]) => bits)]);
  const except = Object.fromEntries(FACET_IDS.map((facet) => [facet, all])) as Record<FacetId, Bitset>;
  for (const [facet] of active) except[facet] = every(columns, [...base, ...active.filter(([other]) => other !== facet).map(([, bits]) => bits)]);
  return { all, except };
}
