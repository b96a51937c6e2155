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
    ['tabase', []],
    ['base', []],
    ['unprot', [0]],
    ['prot', []],
    ['tected', []],
    ['ex', [0]],
    ['te', [1]],
    ['xa', []],
    ['nothing-like-this', []],
  ])('“%s” matches rows %j', (query, expected) => {
    expect(rows(query)).toEqual(expected);
  });

  it('matches a query word at the start of a word only, as the search index does', () => {
    const starts = wordHaystack(['Unprotected database', 'data breach', 'the autopilot', 'pilot error', 'e-mail', 'Ünïcode façade']);
    const matched = (query: string) => Array.from(matchRows(starts, queryParts(queryTerms(query))));
    expect(matched('data')).toEqual([0, 1]);
    expect(matched('base')).toEqual([]);
    expect(matched('pilot')).toEqual([3]);
    expect(matched('mail')).toEqual([4]);
    expect(matched('cade')).toEqual([]);
    expect(matched('faç')).toEqual([5]);
  });

  it('keeps words apart: a term never matches across two words', () => {
    expect(rows('exposesdata')).toEqual([]);
    expect(rows('app crash')).toEqual([2]);
    expect(rows('appcrash')).toEqual([]);
  });
});
