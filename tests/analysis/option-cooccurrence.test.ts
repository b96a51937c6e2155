import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBitset, fromIndices } from '../../src/analysis/bitset';
import { cooccurrence, optionCombinations } from '../../src/analysis/option-cooccurrence';
import type { OptionCombinations } from '../../src/analysis/option-cooccurrence';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { FACETS, FACET_IDS, UNKNOWN } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { fixtureIndex } from './index-fixture';
import type { FixtureRow } from './index-fixture';
import { rowsAndSelection } from './random-fixture';
import { SAMPLE } from './sample-incidents';

const columns = prepareColumns(fixtureIndex(SAMPLE));
const sets = (result: OptionCombinations): [string, number][] =>
  result.combinations.map((c) => [c.options.join(' + '), c.count]);

describe('cooccurrence', () => {
  // By hand from sample-incidents.ts: analysed phases are rows 0, 1, 2, 3 and 6.
  it('counts incidents having both options, with each option’s own count on the diagonal', () => {
    const result = cooccurrence(columns, columns.all, 'phase');
    expect(result.options.map((o) => [o.key, o.total])).toEqual([
      ['design', 3],
      ['operation', 2],
      ['unknown', 2],
    ]);
    expect(result.counts).toEqual([
      [3, 1, 1],
      [1, 2, 0],
      [1, 0, 2],
    ]);
    expect(result.n).toBe(5);
  });

  it('is all zeros over an empty selection', () => {
    const result = cooccurrence(columns, createBitset(columns.size), 'boundary');
    expect(result.counts.flat().every((count) => count === 0)).toBe(true);
    expect(result.n).toBe(0);
  });
});

describe('optionCombinations', () => {
  it('lists exact option sets by count, ties in dictionary order, and counts the rest', () => {
    const result = optionCombinations(columns, columns.all, 'phase', 3);
    expect(sets(result)).toEqual([
      ['design', 1],
      ['design + operation', 1],
      ['design + unknown', 1],
    ]);
    expect(result).toMatchObject({ facet: 'phase', n: 5, distinct: 5, rest: 2, notAnalysed: 3 });
    expect(result.combinations[2].roles).toEqual(['vocabulary', 'unknown']);
    expect(result.combinations[0].share).toBe(1 / 5);
  });

  it('puts the most frequent set first', () => {
    const rows: FixtureRow[] = [
      ...Array.from({ length: 3 }, (): FixtureRow => ({ facets: { boundary: ['within_system', 'outside_system'] } })),
      ...Array.from({ length: 2 }, (): FixtureRow => ({ facets: { boundary: ['outside_system'] } })),
      { facets: { boundary: [UNKNOWN] } },
      { facets: {} },
    ];
    const prepared = prepareColumns(fixtureIndex(rows));
    const result = optionCombinations(prepared, prepared.all, 'boundary', 10);
    expect(sets(result)).toEqual([
      ['within_system + outside_system', 3],
      ['outside_system', 2],
      ['unknown', 1],
    ]);
    expect(result.combinations.map((c) => c.share)).toEqual([3 / 6, 2 / 6, 1 / 6]);
    expect(result).toMatchObject({ n: 6, distinct: 3, rest: 0, notAnalysed: 1 });
  });

  it('tells sets apart past the 32nd option', () => {
    const extras = Array.from({ length: 24 }, (_, i) => `extra_${String(i).padStart(2, '0')}`);
    const rows: FixtureRow[] = [
      { facets: { domain: ['information', 'extra_23'] } },
      { facets: { domain: ['information', 'extra_22'] } },
      { facets: { domain: ['information', 'extra_23'] } },
      { facets: { domain: extras } },
    ];
    const prepared = prepareColumns(fixtureIndex(rows));
    expect(prepared.facets.domain.options.length).toBeGreaterThan(32);
    const result = optionCombinations(prepared, prepared.all, 'domain', 5);
    expect(sets(result)).toEqual([
      ['information + extra_23', 2],
      ['information + extra_22', 1],
      [extras.join(' + '), 1],
    ]);
  });

  it('counts hundreds of distinct sets of a facet with exactly 32 options, the last one included', () => {
    const base = prepareColumns(fixtureIndex([{ facets: { domain: ['information'] } }])).facets.domain.options.length;
    const extras = Array.from({ length: 32 - base }, (_, i) => `extra_${String(i).padStart(2, '0')}`);
    const rows: FixtureRow[] = Array.from({ length: 600 }, (_, i) => ({
      facets: { domain: extras.filter((_, j) => (j < 9 && ((i % 300) >> j) & 1) === 1 || (j === extras.length - 1 && i % 2 === 1)) },
    }))
      .concat([{ facets: { domain: extras } }])
      .filter((row) => (row.facets.domain?.length ?? 0) > 0);
    const prepared = prepareColumns(fixtureIndex(rows));
    expect(prepared.facets.domain.options).toHaveLength(32);
    const last = prepared.facets.domain.options[31];
    const result = optionCombinations(prepared, prepared.all, 'domain', 1000);
    const groups = new Map<string, number>();
    for (const row of rows) {
      const key = (row.facets?.domain ?? []).join(' + ');
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    expect(groups.size).toBeGreaterThan(256);
    expect(new Map(sets(result))).toEqual(groups);
    expect(sets(result).some(([key]) => key.endsWith(last))).toBe(true);
  });

  it.each([
    ['an empty selection', [], 0],
    ['articles only', [5, 7], 2],
  ])('has no sets for %s', (_, selected, notAnalysed) => {
    const result = optionCombinations(columns, fromIndices(selected, columns.size), 'phase', 5);
    expect(result).toEqual({ facet: 'phase', n: 0, distinct: 0, combinations: [], rest: 0, notAnalysed });
  });

  it('shows nothing at limit 0 and puts every incident in the rest', () => {
    expect(optionCombinations(columns, columns.all, 'phase', 0)).toMatchObject({ combinations: [], rest: 5 });
  });

  it('partitions the analysed incidents like a row-by-row grouping', () => {
    fc.assert(
      fc.property(rowsAndSelection, fc.constantFrom<FacetId>(...FACET_IDS), fc.nat({ max: 6 }), ([rows, selected], facet, limit) => {
        const prepared = prepareColumns(fixtureIndex(rows));
        const result = optionCombinations(prepared, fromIndices(selected, rows.length), facet, limit);
        const order = prepared.facets[facet].options;
        const groups = new Map<string, number>();
        for (const i of selected) {
          const list = rows[i].facets?.[facet] ?? [];
          if (list.length === 0) continue;
          const key = [...list].sort((a, b) => order.indexOf(a) - order.indexOf(b)).join(' + ');
          groups.set(key, (groups.get(key) ?? 0) + 1);
        }
        const analysed = [...groups.values()].reduce((a, b) => a + b, 0);
        expect(result.n).toBe(analysed);
        expect(result.distinct).toBe(groups.size);
        expect(result.notAnalysed).toBe(selected.length - analysed);
        for (const [key, count] of sets(result)) expect(groups.get(key)).toBe(count);
        expect(result.combinations.reduce((sum, c) => sum + c.count, 0) + result.rest).toBe(result.n);
        const counts = result.combinations.map((c) => c.count);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
        expect(result.combinations.length).toBe(Math.min(limit, groups.size));
        for (const c of result.combinations) expect(c.share).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the vocabulary order of the taxonomy in each set', () => {
    const rows: FixtureRow[] = [{ facets: { consequence: ['other', 'death', 'property'] } }];
    const prepared = prepareColumns(fixtureIndex(rows));
    const [combination] = optionCombinations(prepared, prepared.all, 'consequence', 1).combinations;
    const vocabulary = FACETS.consequence.options.map((o) => o.id);
    expect(combination.options).toEqual(['death', 'property', 'other']);
    expect(combination.options.map((o) => vocabulary.indexOf(o))).toEqual([0, 3, 8]);
  });
});
