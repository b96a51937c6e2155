import { describe, expect, it } from 'vitest';
import { fromIndices } from '../../src/analysis/bitset';
import { headline } from '../../src/analysis/headline';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { fixtureIndex } from './index-fixture';
import { SAMPLE } from './sample-incidents';

const columns = prepareColumns(fixtureIndex(SAMPLE));

describe('headline', () => {
  it.each([
    ['every incident', [0, 1, 2, 3, 4, 5, 6, 7], 8, [20180101, 20220615], 6, 6 / 8],
    ['reports and an article', [1, 3, 5], 3, [20200101, 20211231], 2, 2 / 3],
    ['one dated report', [0], 1, [20190305, 20190305], 1, 1],
    ['only undated incidents', [2, 7], 2, [null, null], 1, 1 / 2],
    ['only articles', [5, 7], 2, [20200520, 20200520], 0, 0],
    ['nothing', [], 0, [null, null], 0, null],
  ])('summarises %s', (_, rows, selected, [firstPublished, lastPublished], analysed, analysedShare) => {
    expect(headline(columns, fromIndices(rows, columns.size))).toEqual({
      selected,
      total: 8,
      firstPublished,
      lastPublished,
      analysed,
      analysedShare,
    });
  });
});
