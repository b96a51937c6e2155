import { defaultUrlState } from '../../state/url-state';
import type { CohortPair, UrlFilters } from '../../state/url-state';
import type { YearSpan } from '../../analysis/year-span';
import type { FacetId } from '../../domain/taxonomy';

/** A ready-made pair of cohorts, to start from when none is defined. */
export interface CohortPreset {
  readonly label: string;
  readonly cohorts: CohortPair;
}

const none = (): UrlFilters => defaultUrlState().filters;

const option = (facet: FacetId, id: string): UrlFilters => {
  const filters = none();
  return { ...filters, facets: { ...filters.facets, [facet]: { selected: [id], matchAll: false } } };
};

const years = (from: number, to: number): UrlFilters => ({ ...none(), years: { from, to } });

/**
 * The comparisons analysts ask for first: malicious against non-malicious, finance
 * against health, and the dataset's earlier years against its later ones (split at the
 * middle of its span; offered only when it spans two years or more).
 */
export function cohortPresets(span: YearSpan | null): CohortPreset[] {
  const presets: CohortPreset[] = [
    { label: 'Malicious vs non-malicious', cohorts: { a: option('objective', 'malicious'), b: option('objective', 'non-malicious') } },
    { label: 'Finance vs health', cohorts: { a: option('domain', 'finance'), b: option('domain', 'health') } },
  ];
  if (span !== null && span.last > span.first) {
    const middle = Math.floor((span.first + span.last) / 2);
    presets.push({
      label: `${span.first}–${middle} vs ${middle + 1}–${span.last}`,
      cohorts: { a: years(span.first, middle), b: years(middle + 1, span.last) },
    });
  }
  return presets;
}
