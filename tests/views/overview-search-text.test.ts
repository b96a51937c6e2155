import { describe, expect, it } from 'vitest';
import { queryParts } from '../../src/domain/search-words';
import { matchRows, organizationLines, queryTerms, wordHaystack } from '../../src/analysis/text-match';

describe('organizationLines', () => {
  it('gives each row its organization names, one per line, and nothing for a row without any', () => {
    expect(organizationLines(['Sony', 'PlayStation users', 'Fail0verflow'], Uint32Array.of(0, 2, 2, 3), Uint32Array.of(0, 1, 2))).toEqual([
      'Sony\nPlayStation users',
      '',
      'Fail0verflow',
    ]);
  });

  it('lets a search find a row by organization before the long text exists', () => {
    const organizations = organizationLines(['Sony', 'ERCOT'], Uint32Array.of(0, 1, 2), Uint32Array.of(0, 1));
    const haystack = wordHaystack(['Console breach', 'Grid outage'].map((title, row) => `${title}\n${organizations[row]}`));
    expect(Array.from(matchRows(haystack, queryParts(queryTerms('SONY'))))).toEqual([0]);
    expect(Array.from(matchRows(haystack, queryParts(queryTerms('outage ercot'))))).toEqual([1]);
  });
});
