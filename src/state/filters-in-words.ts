import type { UrlState } from './url-state';
import { KIND_WORDS } from '../domain/kind-names';
import { FACETS, FACET_DISPLAY_ORDER } from '../domain/taxonomy';
import { barLabel } from '../domain/option-label';

function yearsInWords(from: number | null, to: number | null): string | null {
  if (from !== null && to !== null) return from === to ? `Year ${from}` : `Years ${from}–${to}`;
  if (from !== null) return `Years from ${from}`;
  return to !== null ? `Years up to ${to}` : null;
}

/**
 * The filters of a view as short clauses in the taxonomy's words, in the order the
 * overview shows its controls: "Objective = malicious", "Phase = design and operation"
 * (must have all), "Organization = Tesla or Boeing", "Years 2015–2020", "Search “database”", "Source = reports".
 * Empty when nothing narrows the selection. Written for captions and exported images,
 * where a reader has no chips to hover.
 */
export function filtersInWords(state: UrlState): string[] {
  const clauses: string[] = [];
  const { facets, years, kind } = state.filters;
  for (const facet of FACET_DISPLAY_ORDER) {
    const { selected, matchAll } = facets[facet];
    if (selected.length === 0) continue;
    const labels = selected.map((option) => barLabel(facet, option));
    clauses.push(`${FACETS[facet].name} = ${labels.join(matchAll ? ' and ' : ' or ')}`);
  }
  const { organizations } = state.filters;
  if (organizations.length > 0) clauses.push(`Organization = ${organizations.join(' or ')}`);
  const yearClause = yearsInWords(years.from, years.to);
  if (yearClause !== null) clauses.push(yearClause);
  if (state.query !== '') clauses.push(`Search “${state.query}”`);
  if (kind !== 'both') clauses.push(`Source = ${KIND_WORDS[kind]}`);
  return clauses;
}

/** The clauses as one line, "Objective = malicious; Years 2015–2020", or '' when nothing narrows the selection. */
export const filterClausesText = (state: UrlState): string => filtersInWords(state).join('; ');

/**
 * "filters: Objective = malicious; Years 2015–2020", or "filters: none": how captions,
 * image footers and CSV headers name the filters, so the three always agree.
 */
export const filtersText = (state: UrlState): string => `filters: ${filterClausesText(state) || 'none'}`;
