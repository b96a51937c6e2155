import type { PreparedColumns } from '../analysis/prepared-columns';
import type { Filters } from '../analysis/filters';
import { crossFilterMasks } from '../analysis/selection-masks';
import type { CrossFilterMasks } from '../analysis/selection-masks';
import { matchesOfAll, partBits } from '../analysis/search-index';
import { fromIndices } from '../analysis/bitset';
import type { Bitset } from '../analysis/bitset';
import { queryParts } from '../domain/search-words';
import { matchRows, organizationLines, wordHaystack } from '../analysis/text-match';
import type { LoadedSearch } from '../data/get-search-index';
import type { LabelledIndex } from '../domain/label-column';
import { identityOf, sharedDerivation } from './shared-derivation';
import type { UrlFilters } from './url-state';

/**
 * The set of rows a search's `terms` match: from the search index once it has `loaded`
 * (title, organizations and long text), else from titles and organizations alone. Null
 * without terms: no search, every row; undefined while neither the search index nor the
 * titles are there to answer. Read-only: it may be a word's own set of rows. Each step is
 * shared per loaded object, so every view searching for the same terms computes them
 * once, and a word already looked up (the first words of a query being typed) is not
 * looked up again.
 */
export function searchMatches(index: LabelledIndex | undefined, loaded: LoadedSearch | null, terms: readonly string[]): Bitset | null | undefined {
  if (terms.length === 0) return null;
  const parts = queryParts(terms);
  if (loaded) {
    const { dictionary, shards } = loaded;
    return sharedDerivation(dictionary, parts.join('\n'), () =>
      matchesOfAll(
        parts.map((part) => sharedDerivation(dictionary.words, part, () => partBits(dictionary, part, shards))),
        dictionary.rows,
      ),
    );
  }
  if (!index) return undefined;
  const haystack = sharedDerivation(index, 'search words', () => {
    const organizations = organizationLines(index.organizations.values, index.organizations.start, index.organizations.codes);
    return wordHaystack(Array.from({ length: index.count }, (_, row) => `${index.title.at(row)}\n${organizations[row]}`));
  });
  return sharedDerivation(haystack, parts.join('\n'), () => fromIndices(matchRows(haystack, parts), index.title.length));
}

/**
 * The masks of `filters` with the search's `matches` applied, keyed by the stringified
 * filters and the identity of the matches, so every caller with the same filter state
 * gets the same masks.
 */
export function searchedMasks(columns: PreparedColumns, matches: Bitset | null, filters: UrlFilters): CrossFilterMasks {
  const withSearch: Filters = { ...filters, search: matches };
  const key = JSON.stringify([filters.facets, filters.years, filters.kind, filters.organizations, matches ? identityOf(matches) : null]);
  return sharedDerivation(columns, key, () => crossFilterMasks(columns, withSearch));
}
