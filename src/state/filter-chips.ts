import type { UrlState } from './url-state';
import { KIND_WORDS } from '../domain/kind-names';
import { FACETS, FACET_DISPLAY_ORDER } from '../domain/taxonomy';
import { removeOption, removeOrganization, setKind, setMatchAll, setQuery, setYears } from './filter-actions';
import { barLabel } from '../domain/option-label';

/** One active filter as the chip bar shows it, with the state its × button leads to. */
export interface FilterChip {
  readonly key: string;
  readonly label: string;
  readonly without: UrlState;
}

const KIND_LABELS = { report: `Source: ${KIND_WORDS.report}`, article: `Source: ${KIND_WORDS.article}` } as const;

function yearsLabel(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? `Year ${from}` : `Years ${from}–${to}`;
  return from !== null ? `Years from ${from}` : `Years up to ${to}`;
}

/**
 * Every active filter of `state`, in the order the page shows its controls: facets in
 * display order, then organizations, years, search and kind. A facet's "must have all" switch gets a
 * chip of its own only where it changes anything, with two or more options selected.
 * No chips means nothing narrows the selection.
 */
export function filterChips(state: UrlState): FilterChip[] {
  const chips: FilterChip[] = [];
  const { facets, years, kind } = state.filters;
  for (const facet of FACET_DISPLAY_ORDER) {
    const { selected, matchAll } = facets[facet];
    const name = FACETS[facet].name;
    for (const option of selected) {
      chips.push({ key: `${facet}:${option}`, label: `${name}: ${barLabel(facet, option)}`, without: removeOption(state, facet, option) });
    }
    if (matchAll && selected.length >= 2) {
      chips.push({ key: `${facet}:all`, label: `${name}: must have all`, without: setMatchAll(state, facet, false) });
    }
  }
  for (const name of state.filters.organizations) {
    chips.push({ key: `organization:${name}`, label: `Organization: ${name}`, without: removeOrganization(state, name) });
  }
  if (years.from !== null || years.to !== null) {
    chips.push({ key: 'years', label: yearsLabel(years.from, years.to), without: setYears(state, { from: null, to: null }) });
  }
  if (state.query !== '') chips.push({ key: 'query', label: `Search: ${state.query}`, without: setQuery(state, '') });
  if (kind !== 'both') chips.push({ key: 'kind', label: KIND_LABELS[kind], without: setKind(state, 'both') });
  return chips;
}

/** Whether any filter is on: what decides if panels draw the all-incidents mark. */
export const isFiltered = (state: UrlState): boolean => filterChips(state).length > 0;
