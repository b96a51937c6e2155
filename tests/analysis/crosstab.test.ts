import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBitset, fromIndices } from '../../src/analysis/bitset';
import { crosstab, normalize } from '../../src/analysis/crosstab';
import { crosstabAssociation } from '../../src/analysis/crosstab-association';
import type { Crosstab } from '../../src/analysis/crosstab';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { FACET_IDS } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { fixtureIndex } from './index-fixture';
import type { FixtureRow } from './index-fixture';
import { rowsAndSelection } from './random-fixture';
import { SAMPLE } from './sample-incidents';
import { relativeError } from './statistics/relative-error';

const columns = prepareColumns(fixtureIndex(SAMPLE));
const lines = (table: Crosstab, axis: 'rows' | 'cols'): [string, string, number][] =>
  table[axis].map((line) => [line.key, line.role, line.total]);

describe('crosstab', () => {
  // Worked out by hand from the listing in sample-incidents.ts.
  it('counts phase × boundary over the incidents with both analysed, once per cell an incident touches', () => {
    const table = crosstab(columns, columns.all, 'phase', 'boundary');
    expect(lines(table, 'rows')).toEqual([
      ['design', 'vocabulary', 3],
      ['operation', 'vocabulary', 2],
      ['unknown', 'unknown', 2],
    ]);
    expect(lines(table, 'cols')).toEqual([
      ['within_system', 'vocabulary', 3],
      ['outside_system', 'vocabulary', 2],
      ['unknown', 'unknown', 1],
    ]);
    expect(table.cells).toEqual([
      [2, 1, 0],
      [2, 1, 0],
      [1, 0, 1],
    ]);
    expect(table).toMatchObject({ rowFacet: 'phase', colFacet: 'boundary', n: 5, pairs: 8, selected: 8 });
  });

  it('adds not-analysed lines and covers every selected incident when asked', () => {
    const table = crosstab(columns, columns.all, 'phase', 'boundary', { includeNotAnalysed: true });
    expect(lines(table, 'rows').at(-1)).toEqual([NOT_ANALYSED, 'not-analysed', 3]);
    expect(lines(table, 'cols').at(-1)).toEqual([NOT_ANALYSED, 'not-analysed', 2]);
    expect(table.cols.map((line) => line.total)).toEqual([3, 3, 1, 2]);
    expect(table.cells).toEqual([
      [2, 1, 0, 0],
      [2, 1, 0, 0],
      [1, 0, 1, 0],
      [0, 1, 0, 2],
    ]);
    expect(table).toMatchObject({ n: 8, pairs: 11, selected: 8 });
  });

  it('lists extras after unknown, zero rows included', () => {
    const table = crosstab(columns, columns.all, 'behaviour', 'phase');
    expect(table.rows.map((line) => line.key)).toEqual([
      'crash',
      'omission',
      'timing',
      'value',
      'byzantine',
      'other',
      'unknown',
      'degradation',
    ]);
    expect(table.cells.map((row) => row[0])).toEqual([1, 0, 0, 0, 0, 0, 0, 1]);
    expect(table.n).toBe(1);
  });

  it.each([
    ['an empty selection', []],
    ['articles only', [5, 7]],
  ])('gives an all-zero table for %s', (_, rows) => {
    const table = crosstab(columns, fromIndices(rows, columns.size), 'phase', 'boundary');
    expect(table.cells.flat().every((count) => count === 0)).toBe(true);
    expect(table.rows.every((line) => line.total === 0)).toBe(true);
    expect(table).toMatchObject({ n: 0, pairs: 0, selected: rows.length });
    expect(normalize(table, 'overall').flat().every((share) => share === null)).toBe(true);
    expect(crosstabAssociation(columns, fromIndices(rows, columns.size), table).result).toEqual({ test: null, reason: 'no-observations' });
  });

  it('works on an empty dataset', () => {
    const empty = prepareColumns(fixtureIndex([]));
    const table = crosstab(empty, createBitset(0), 'domain', 'consequence');
    expect(table.rows).toHaveLength(14);
    expect(table.cols).toHaveLength(10);
    expect(table).toMatchObject({ n: 0, pairs: 0, selected: 0 });
  });

  it('equals a row-by-row count on random incidents', () => {
    const facetPair = fc.tuple(fc.constantFrom<FacetId>(...FACET_IDS), fc.constantFrom<FacetId>(...FACET_IDS));
    fc.assert(
      fc.property(rowsAndSelection, facetPair, fc.boolean(), ([rows, selected], [rowFacet, colFacet], withGaps) => {
        const prepared = prepareColumns(fixtureIndex(rows));
        const table = crosstab(prepared, fromIndices(selected, rows.length), rowFacet, colFacet, {
          includeNotAnalysed: withGaps,
        });
        const listOf = (row: FixtureRow, facet: FacetId): readonly string[] => row.facets?.[facet] ?? [];
        const has = (row: FixtureRow, facet: FacetId, key: string): boolean =>
          key === NOT_ANALYSED ? listOf(row, facet).length === 0 : listOf(row, facet).includes(key);
        const covered = selected
          .map((i) => rows[i])
          .filter((row) => withGaps || (listOf(row, rowFacet).length > 0 && listOf(row, colFacet).length > 0));
        const count = (test: (row: FixtureRow) => boolean): number => covered.filter(test).length;
        expect(table.n).toBe(covered.length);
        expect(table.selected).toBe(selected.length);
        table.rows.forEach((r, i) => {
          expect(r.total).toBe(count((row) => has(row, rowFacet, r.key)));
          table.cols.forEach((c, j) => {
            expect(table.cells[i][j]).toBe(count((row) => has(row, rowFacet, r.key) && has(row, colFacet, c.key)));
          });
        });
        table.cols.forEach((c) => expect(c.total).toBe(count((row) => has(row, colFacet, c.key))));
        expect(table.pairs).toBeGreaterThanOrEqual(table.n);
      }),
      { numRuns: 200 },
    );
  });
});

describe('normalize', () => {
  const table = crosstab(columns, columns.all, 'phase', 'boundary');

  it.each([
    ['row', [[2 / 3, 1 / 3, 0], [1, 1 / 2, 0], [1 / 2, 0, 1 / 2]]],
    ['col', [[2 / 3, 1 / 2, 0], [2 / 3, 1 / 2, 0], [1 / 3, 0, 1]]],
    ['overall', [[2 / 5, 1 / 5, 0], [2 / 5, 1 / 5, 0], [1 / 5, 0, 1 / 5]]],
  ] as const)('divides by distinct incidents (%s), so a line may sum past 1', (by, expected) => {
    expect(normalize(table, by)).toEqual(expected);
  });

  it('gives null, not NaN, for a line with no incident', () => {
    const subset = crosstab(columns, fromIndices([1], columns.size), 'phase', 'boundary');
    expect(normalize(subset, 'row')).toEqual([[0, 1, 0], [null, null, null], [null, null, null]]);
    expect(normalize(subset, 'col')).toEqual([[null, 1, null], [null, 0, null], [null, 0, null]]);
  });
});

/**
 * Single-valued incidents laid out so that domain (information, transportation,
 * natural_resources) × consequence (death, harm, basic) has the given counts.
 */
function singleValued(counts: number[][]): FixtureRow[] {
  const domains = ['information', 'transportation', 'natural_resources'];
  const consequences = ['death', 'harm', 'basic'];
  return counts.flatMap((row, i) =>
    row.flatMap((count, j) =>
      Array.from({ length: count }, (): FixtureRow => ({ facets: { domain: [domains[i]], consequence: [consequences[j]] } })),
    ),
  );
}

describe('crosstab with the denominator switch', () => {
  // Worked out by hand: rows 0, 1, 2 and 6 have a real answer in both phase and boundary.
  it('leaves out unknown and not analysed, lines and incidents, so margins and shares count real answers', () => {
    const table = crosstab(columns, columns.all, 'phase', 'boundary', { includeNotAnalysed: true, excludeGaps: true });
    expect(lines(table, 'rows')).toEqual([['design', 'vocabulary', 3], ['operation', 'vocabulary', 2]]);
    expect(lines(table, 'cols')).toEqual([['within_system', 'vocabulary', 3], ['outside_system', 'vocabulary', 2]]);
    expect(table.cells).toEqual([[2, 1], [2, 1]]);
    expect(table).toMatchObject({ n: 4, pairs: 6, selected: 8, excludeGaps: true });
    expect(normalize(table, 'overall')[0][0]).toBe(2 / 4);
  });
});

describe('crosstabAssociation', () => {
  it('reproduces chi2_contingency when every incident has one option per facet', () => {
    // SciPy 1.17.1: chi2_contingency([[12, 5, 7], [3, 9, 11], [8, 8, 2]], correction=False):
    // statistic 11.553996367264325, dof 4, pvalue 0.020995147791637823;
    // association(..., method='cramer') 0.2981222821809911 (tests/analysis/reference).
    const prepared = prepareColumns(fixtureIndex(singleValued([[12, 5, 7], [3, 9, 11], [8, 8, 2]])));
    const table = crosstab(prepared, prepared.all, 'domain', 'consequence');
    const association = crosstabAssociation(prepared, prepared.all, table);
    const test = association.result.test;
    expect(test).not.toBeNull();
    expect(relativeError(test?.statistic ?? Number.NaN, 11.553996367264325)).toBeLessThan(1e-12);
    expect(test?.df).toBe(4);
    expect(relativeError(test?.pValue ?? Number.NaN, 0.020995147791637823)).toBeLessThan(1e-10);
    expect(relativeError(test?.cramersV ?? Number.NaN, 0.2981222821809911)).toBeLessThan(1e-12);
    expect(test?.adjustedResiduals[1][0]).toBeCloseTo(-2.7875715195980493, 12);
    // Every vocabulary option and the extras stay; the ten empty domains are dropped by the test.
    expect(association.rows).toHaveLength(13);
    expect(association.cols).toHaveLength(9);
    expect(test?.keptRows).toEqual([0, 1, 2]);
    expect(test?.keptColumns).toEqual([0, 1, 2]);
    expect(association.pairs).toBe(table.n);
    expect(association.method).toBe('chi-square');
    expect(association.pValue).toBe(test?.pValue);
  });

  // Worked out by hand from sample-incidents.ts: rows 0, 1, 2 and 6 have a real answer in
  // both facets; design 3 of them, operation 2, within_system 3, outside_system 2.
  it('tests the real answers against the distinct incidents having them, the margins the expected counts use', () => {
    const table = crosstab(columns, columns.all, 'phase', 'boundary', { includeNotAnalysed: true });
    const association = crosstabAssociation(columns, columns.all, table);
    expect(association.rows.map((line) => [line.key, line.total])).toEqual([['design', 3], ['operation', 2]]);
    expect(association.cols.map((line) => [line.key, line.total])).toEqual([['within_system', 3], ['outside_system', 2]]);
    expect(association).toMatchObject({ n: 4, pairs: 6, multiValued: true, method: 'permutation', pValue: null });
    const test = association.result.test;
    expect(test?.expected).toEqual([[(3 * 3) / 4, (3 * 2) / 4], [(2 * 3) / 4, (2 * 2) / 4]]);
    expect(association.shuffle?.shuffles).toBe(10_000);
  });

  it('uses the chi-square distribution only for single-valued tables that satisfy Cochran’s rule', () => {
    const prepared = prepareColumns(fixtureIndex(singleValued([[2, 1, 3], [0, 4, 1], [3, 0, 2]])));
    const association = crosstabAssociation(prepared, prepared.all, crosstab(prepared, prepared.all, 'domain', 'consequence'));
    expect(association).toMatchObject({ multiValued: false, method: 'monte-carlo', pValue: null });
    expect(association.shuffle?.n).toBe(16);
  });

  it('uses Fisher’s exact test for a sparse 2 × 2 table', () => {
    // SciPy 1.17.1: fisher_exact([[3, 7], [9, 1]]).pvalue = 0.019766611097880443 (tests/analysis/reference).
    const prepared = prepareColumns(fixtureIndex(singleValued([[3, 7], [9, 1]])));
    const association = crosstabAssociation(prepared, prepared.all, crosstab(prepared, prepared.all, 'domain', 'consequence'));
    expect(association.method).toBe('fisher');
    expect(relativeError(association.pValue ?? Number.NaN, 0.019766611097880443)).toBeLessThan(1e-6);
  });

  it.each([
    ['one row option', [[4, 6, 1], [0, 0, 0], [0, 0, 0]], 'single-row'],
    ['one column option', [[4, 0, 0], [6, 0, 0], [1, 0, 0]], 'single-column'],
  ])('gives a reason when the selection has %s', (_, counts, reason) => {
    const prepared = prepareColumns(fixtureIndex(singleValued(counts)));
    expect(crosstabAssociation(prepared, prepared.all, crosstab(prepared, prepared.all, 'domain', 'consequence')).result).toEqual({
      test: null,
      reason,
    });
  });
});
