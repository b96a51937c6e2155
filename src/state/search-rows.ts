import type { PreparedColumns } from '../analysis/prepared-columns';
import type { Filters } from '../analysis/filters';
import { crossFilterMasks } from '../analysis/selection-masks';
import type { CrossFilterMasks } from '../analysis/selection-masks';
import { matchRows, organizationLines, searchHaystack } from '../analysis/text-match';
import type { DatasetIndex } from '../domain/schema';
import { identityOf, sharedDerivation } from './shared-derivation';
import type { UrlFilters } from './url-state';

/**
 * The rows a search's `terms` match: titles and organizations, and the long text once
 * `texts` (aligned with the index rows) has loaded. Null without terms: no search, every
 * row. Each step is shared per loaded object, so every view searching for the same terms
 * lowercases the dataset and scans it once.
 */
export function searchRows(index: DatasetIndex, texts: readonly string[] | null, terms: readonly string[]): Uint32Array | null {
  if (terms.length === 0) return null;
  const organizations = sharedDerivation(index, 'organizations', () => organizationLines(index.organizations.values, index.organizations.start, index.organizations.codes));
  const haystack = sharedDerivation(index, `haystack ${texts ? identityOf(texts) : 'short'}`, () =>
    searchHaystack(index.title, texts ? organizations.map((orgs, row) => `${orgs}\n${texts[row]}`) : organizations),
  );
  return sharedDerivation(haystack, terms.join('\n'), () => matchRows(haystack, terms));
}

/**
 * The masks of `filters` with the search's `rows` applied, keyed by the stringified
 * filters and the identity of the matches, so every caller with the same filter state
 * gets the same masks.
 */
export function searchedMasks(columns: PreparedColumns, rows: Uint32Array | null, filters: UrlFilters): CrossFilterMasks {
  const withSearch: Filters = { ...filters, searchRows: rows };
  const key = JSON.stringify([filters.facets, filters.years, filters.kind, filters.organizations, rows ? identityOf(rows) : null]);
  return sharedDerivation(columns, key, () => crossFilterMasks(columns, withSearch));
}
