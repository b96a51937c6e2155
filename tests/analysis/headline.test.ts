import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromIndices } from '../../src/analysis/bitset';
import { headline, publishedRange } from '../../src/analysis/headline';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { fixtureIndex } from './index-fixture';
import { SAMPLE } from './sample-incidents';

/**
 * The sample, plus row 8: a report with every facet empty (a page whose taxonomy rows
 * were all left blank), and row 9: a report whose only classified facet is domain.
 */
const columns = prepareColumns(
  fixtureIndex([...SAMPLE, { published: 20230101 }, { published: 20230202, facets: { domain: ['finance'] } }]),
);

describe('headline', () => {
  it.each([
    ['every incident', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 10, [20180101, 20230202], 8, 7, 7 / 10],
    ['reports and an article', [1, 3, 5], 3, [20200101, 20211231], 2, 2, 2 / 3],
    ['one dated report', [0], 1, [20190305, 20190305], 1, 1, 1],
    ['only undated incidents', [2, 7], 2, [null, null], 1, 1, 1 / 2],
    ['only articles', [5, 7], 2, [20200520, 20200520], 0, 0, 0],
    ['only reports, one of them unclassified', [0, 1, 2, 3, 4, 6, 8, 9], 8, [20180101, 20230202], 8, 7, 7 / 8],
    ['an unclassified report alone', [8], 1, [20230101, 20230101], 1, 0, 0],
    ['a report classified on one facet only', [9], 1, [20230202, 20230202], 1, 1, 1],
    ['nothing', [], 0, [null, null], 0, 0, null],
  ])('summarises %s', (_, rows, selected, [firstPublished, lastPublished], reports, analysed, analysedShare) => {
    expect(headline(columns, fromIndices(rows, columns.size))).toEqual({
      selected,
      total: 10,
      firstPublished,
      lastPublished,
      reports,
      analysed,
      analysedShare,
    });
  });

  it('counts an incident answering only unknown as analysed: unknown is an answer, not a gap in the work', () => {
    const onlyUnknown = prepareColumns(fixtureIndex([{ facets: { phase: ['unknown'] } }, {}]));
    expect(headline(onlyUnknown, fromIndices([0, 1], 2)).analysed).toBe(1);
  });
});

describe('publishedRange', () => {
  it('gives the first and last dates of any selection, undated incidents left out', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ date: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), selected: fc.boolean() }), { maxLength: 80 }), (rows) => {
        const columns = prepareColumns(fixtureIndex(rows.map(({ date }) => ({ published: date === null ? null : 20100101 + date * 10000 }))));
        const chosen = rows.flatMap((row, i) => (row.selected ? [i] : []));
        const dates = chosen.map((i) => rows[i].date).filter((date) => date !== null).map((date) => 20100101 + date * 10000);
        expect(publishedRange(columns, fromIndices(chosen, rows.length))).toEqual({
          first: dates.length === 0 ? null : Math.min(...dates),
          last: dates.length === 0 ? null : Math.max(...dates),
        });
      }),
    );
  });
});
