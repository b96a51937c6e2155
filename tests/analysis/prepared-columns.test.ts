import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIndices } from '../../src/analysis/bitset';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { FACETS, UNKNOWN } from '../../src/domain/taxonomy';
import { fixtureIndex } from './index-fixture';
import { SAMPLE } from './sample-incidents';

const columns = prepareColumns(fixtureIndex(SAMPLE));
const rowsOf = (bits: Uint32Array): number[] => [...toIndices(bits)];

describe('prepareColumns', () => {
  it('splits reports from articles', () => {
    expect(columns.size).toBe(8);
    expect(rowsOf(columns.all)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(rowsOf(columns.reports)).toEqual([0, 1, 2, 3, 4, 6]);
    expect(rowsOf(columns.articles)).toEqual([5, 7]);
  });

  it('keeps dates and years, with 0 for undated incidents', () => {
    expect([...columns.published]).toEqual([20190305, 20200101, 0, 20211231, 20220615, 20200520, 20180101, 0]);
    expect([...columns.year]).toEqual([2019, 2020, 0, 2021, 2022, 2020, 2018, 0]);
  });

  it.each([
    ['phase', 'design', [0, 1, 6]],
    ['phase', 'operation', [0, 2]],
    ['phase', 'unknown', [3, 6]],
    ['boundary', 'within_system', [0, 2, 6]],
    ['boundary', 'outside_system', [1, 2, 4]],
    ['behaviour', 'crash', [0]],
    ['behaviour', 'degradation', [0]],
    ['behaviour', 'value', []],
  ] as const)('puts each incident with %s %s in its bitset', (facet, option, rows) => {
    const bits = columns.facets[facet];
    const k = bits.options.indexOf(option);
    expect(rowsOf(bits.optionBits[k])).toEqual(rows);
    expect(bits.optionTotals[k]).toBe(rows.length);
  });

  it.each([
    ['phase', [4, 5, 7], [3]],
    ['boundary', [5, 7], [3]],
    ['behaviour', [1, 2, 3, 4, 5, 6, 7], []],
  ] as const)('marks %s not analysed in rows %j and unknown-only in rows %j', (facet, notAnalysed, unknownOnly) => {
    const bits = columns.facets[facet];
    expect(rowsOf(bits.notAnalysed)).toEqual(notAnalysed);
    expect(bits.notAnalysedTotal).toBe(notAnalysed.length);
    expect(rowsOf(bits.unknownOnly)).toEqual(unknownOnly);
    expect(bits.unknownOnlyTotal).toBe(unknownOnly.length);
  });

  it('marks as unclassified only the rows empty in every facet: an unknown is an answer, one facet is enough', () => {
    expect(rowsOf(columns.unclassified)).toEqual([5, 7]);
  });

  it('labels vocabulary, unknown and extra options in dictionary order', () => {
    const behaviour = columns.facets.behaviour;
    expect(behaviour.options).toEqual([
      'crash',
      'omission',
      'timing',
      'value',
      'byzantine',
      'other',
      'unknown',
      'degradation',
    ]);
    expect(behaviour.roles).toEqual([
      'vocabulary',
      'vocabulary',
      'vocabulary',
      'vocabulary',
      'vocabulary',
      'vocabulary',
      'unknown',
      'extra',
    ]);
  });

  it('puts every row in the bitsets of its options and flags, with few option sets or many', () => {
    // Phase's four answers make at most 16 option sets, domain's sixteen far more: both ways of setting the bits.
    const answers = (facet: 'phase' | 'domain') => [...FACETS[facet].options.map((o) => o.id), UNKNOWN];
    const row = fc.record({ phase: fc.subarray(answers('phase')), domain: fc.subarray(answers('domain')) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 150, maxLength: 300 }), (rows) => {
        const index = fixtureIndex(rows.map((facets) => ({ facets })));
        expect(index.facets.domain.combos.length).toBeGreaterThan(64);
        const prepared = prepareColumns(index);
        for (const facet of ['phase', 'domain'] as const) {
          const bits = prepared.facets[facet];
          const where = (test: (list: string[]) => boolean) => rows.flatMap((r, i) => (test(r[facet]) ? [i] : []));
          bits.options.forEach((option, k) => expect(rowsOf(bits.optionBits[k])).toEqual(where((list) => list.includes(option))));
          expect(rowsOf(bits.notAnalysed)).toEqual(where((list) => list.length === 0));
          expect(rowsOf(bits.unknownOnly)).toEqual(where((list) => list.length === 1 && list[0] === UNKNOWN));
        }
      }),
      { numRuns: 20 },
    );
  });

  it('prepares an empty index', () => {
    const empty = prepareColumns(fixtureIndex([]));
    expect(empty.size).toBe(0);
    expect(empty.all.length).toBe(0);
    expect(empty.facets.phase.optionTotals).toEqual([0, 0, 0]);
  });
});
