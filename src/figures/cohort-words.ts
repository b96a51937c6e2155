import type { UrlFilters } from '../state/url-state';
import { filterClausesText } from '../state/filters-in-words';
import { asState } from '../state/cohort-filters';

/** A cohort's own filters in the taxonomy's words: "Objective = malicious; Years 2010–2015". */
export const cohortWords = (filters: UrlFilters): string => filterClausesText(asState(filters)) || 'the whole selection';
