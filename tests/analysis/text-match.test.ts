import { describe, expect, it } from 'vitest';
import { queryParts } from '../../src/domain/search-words';
import { matchRows, queryTerms, wordHaystack } from '../../src/analysis/text-match';

const haystack = wordHaystack(['MoviePass exposes data\nunprotected database', 'Grid outage in Texas\npower Grid failure, database', 'Bank app crash']);
const rows = (query: string) => Array.from(matchRows(haystack, queryParts(queryTerms(query))));

describe('text matching before the search index has loaded', () => {
  it.each<[string, number[]]>([
    ['', [0, 1, 2]],
    ['   ', [0, 1, 2]],
    ['database', [0, 1]],
    ['DATABASE grid', [1]],
    ['moviepass', [0]],
    ['crash bank', [2]],
    ['data', [0, 1]],
    ['tabase', [0, 1]],
    ['ex', [0]],
    ['te', [1]],
    ['xa', []],
    ['nothing-like-this', []],
  ])('“%s” matches rows %j', (query, expected) => {
    expect(rows(query)).toEqual(expected);
  });

  it('keeps words apart: a term never matches across two words', () => {
    expect(rows('exposesdata')).toEqual([]);
    expect(rows('app crash')).toEqual([2]);
    expect(rows('appcrash')).toEqual([]);
  });
});
