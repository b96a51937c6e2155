import { FACET_IDS } from '../domain/taxonomy';
import type { FacetId } from '../domain/taxonomy';
import { and, createBitset, fromIndices, fullBitset, or, setBit } from './bitset';
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
 * it matches nothing alongside any real option.
 */
function facetMask(columns: PreparedColumns, facet: FacetId, filter: FacetFilter): Bitset | null {
  if (filter.selected.length === 0) return null;
  const bits = columns.facets[facet];
  if (filter.matchAll) {
    const mask = fullBitset(columns.size);
    for (const option of filter.selected) {
      const optionBits = optionBitsOf(bits, option);
      if (optionBits === null) return createBitset(columns.size);
      and(mask, optionBits, mask);
    }
    return mask;
  }
  const mask = createBitset(columns.size);
  for (const option of filter.selected) {
    const optionBits = optionBitsOf(bits, option);
    if (optionBits !== null) or(mask, optionBits, mask);
  }
  return mask;
}

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

/** The rows passing the filters that are not facets: kind, years, organizations and search. A new set the caller may modify. */
function baseMask(columns: PreparedColumns, filters: Filters): Bitset {
  const kindBits =
    filters.kind === 'report' ? columns.reports : filters.kind === 'article' ? columns.articles : columns.all;
  const mask = kindBits.slice();
  const { from, to } = filters.years;
  if (from !== null || to !== null) and(mask, yearMask(columns, from, to), mask);
  if (filters.organizations.length > 0) and(mask, organizationMask(columns.organizations, filters.organizations, columns.size), mask);
  if (filters.searchRows !== null) and(mask, fromIndices(filters.searchRows, columns.size), mask);
  return mask;
}

/** The rows passing every filter: what the headline and the incident list show. */
export function selectionMask(columns: PreparedColumns, filters: Filters): Bitset {
  const mask = baseMask(columns, filters);
  for (const facet of FACET_IDS) {
    const bits = facetMask(columns, facet, filters.facets[facet]);
    if (bits !== null) and(mask, bits, mask);
  }
  return mask;
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
 * active facet filters, not with the number of panels.
 */
export function crossFilterMasks(columns: PreparedColumns, filters: Filters): CrossFilterMasks {
  const base = baseMask(columns, filters);
  const active: [FacetId, Bitset][] = [];
  for (const facet of FACET_IDS) {
    const bits = facetMask(columns, facet, filters.facets[facet]);
    if (bits !== null) active.push([facet, bits]);
  }
  const all = base.slice();
  for (const [, bits] of active) and(all, bits, all);
  const except = Object.fromEntries(FACET_IDS.map((facet) => [facet, all])) as Record<FacetId, Bitset>;
  for (const [facet] of active) {
    const mask = base.slice();
    for (const [other, bits] of active) if (other !== facet) and(mask, bits, mask);
    except[facet] = mask;
  }
  return { all, except };
}
