import { describe, expect, it } from 'vitest';
import { matchRows, queryTerms, searchHaystack } from '../../src/analysis/text-match';

const haystack = searchHaystack(
  ['MoviePass exposes data', 'Grid outage in Texas', 'Bank app crash'],
  ['unprotected database', 'power Grid failure, database', ''],
);

describe('text matching', () => {
  it.each<[string, number[]]>([
    ['', [0, 1, 2]],
    ['   ', [0, 1, 2]],
    ['database', [0, 1]],
    ['DATABASE grid', [1]],
    ['moviepass', [0]],
    ['crash bank', [2]],
    ['data', [0, 1]],
    ['nothing-like-this', []],
  ])('“%s” matches rows %j', (query, rows) => {
    expect(Array.from(matchRows(haystack, queryTerms(query)))).toEqual(rows);
  });

  it('searches titles alone when there is no long text', () => {
    expect(Array.from(matchRows(searchHaystack(['A database'], null), ['database']))).toEqual([0]);
  });
});
