import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromIndices } from '../../src/analysis/bitset';
import { compareCohorts } from '../../src/analysis/cohort-comparison';
import type { CohortComparison, OptionComparison } from '../../src/analysis/cohort-comparison';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { selectionMask } from '../../src/analysis/selection-masks';
import { FACET_IDS } from '../../src/domain/taxonomy';
import { filtersWith } from './filters-fixture';
import { fixtureIndex } from './index-fixture';
import type { FixtureRow } from './index-fixture';
import { rowsAndSelection } from './random-fixture';
import { SAMPLE } from './sample-incidents';
import { relativeError } from './statistics/relative-error';

/**
 * Cohort A: 80 incidents of 2019, phase 48 design / 32 operation, boundary 79 within / 1
 * outside. Cohort B: 70 incidents of 2021, phase 56 design / 14 operation, boundary 62
 * within, 4 outside, 4 both. Every other facet is not analysed.
 */
const COHORTS: FixtureRow[] = [
  ...Array.from({ length: 80 }, (_, i): FixtureRow => ({
    published: 20190601,
    facets: { phase: [i < 48 ? 'design' : 'operation'], boundary: [i < 79 ? 'within_system' : 'outside_system'] },
  })),
  ...Array.from({ length: 70 }, (_, j): FixtureRow => ({
    published: 20210601,
    facets: {
      phase: [j < 56 ? 'design' : 'operation'],
      boundary: j < 62 ? ['within_system'] : j < 66 ? ['outside_system'] : ['within_system', 'outside_system'],
    },
  })),
];
const columns = prepareColumns(fixtureIndex(COHORTS));
const yearMask = (year: number) => selectionMask(columns, filtersWith({ years: { from: year, to: year } }));
const maskA = yearMask(2019);
const maskB = yearMask(2021);
const compared = compareCohorts(columns, maskA, maskB);
const find = (result: CohortComparison, facet: 'phase' | 'boundary', option: string): OptionComparison => {
  const row = result.facets[facet].options.find((o) => o.option === option);
  if (row === undefined) throw new Error(`no ${option}`);
  return row;
};

describe('compareCohorts', () => {
  // The cohorts are defined by phase here (as if A were "design" and B "operation"): its
  // options are shown with their difference but left out of the test family, so the BH
  // adjustment runs over the two boundary options alone. SciPy 1.17.1:
  // false_discovery_control([0.18508219142585236, 0.012684731956032754], method='bh').
  it('shows a facet that defines the cohorts untested, and adjusts the other options without it', () => {
    const defined = compareCohorts(columns, maskA, maskB, { definingFacets: ['phase'] });
    expect(defined.definingFacets).toEqual(['phase']);
    expect(defined.tests).toBe(2);
    expect(defined.facets.phase.definesCohorts).toBe(true);
    const design = find(defined, 'phase', 'design');
    expect(design).toMatchObject({ skipped: 'defines-cohorts', pValue: null, adjustedP: null, significant: false });
    expect(design.difference).toBeCloseTo(0.2, 12);
    expect(relativeError(find(defined, 'boundary', 'outside_system').adjustedP ?? Number.NaN, 0.025369463912065508)).toBeLessThan(1e-10);
    expect(relativeError(find(defined, 'boundary', 'within_system').adjustedP ?? Number.NaN, 0.18508219142585236)).toBeLessThan(1e-10);
  });

  // SciPy 1.17.1 (tests/analysis/reference/statistics_reference.py, "cohort fixture"):
  // p from chi2_contingency([[xa, na - xa], [xb, nb - xb]], correction=False) or, with an
  // expected count below 5, fisher_exact of the same table; intervals by Newcombe's method 10
  // from textbook Wilson intervals; adjusted with false_discovery_control(p, method='bh').
  it.each([
    ['phase', 'design', 48, 56, 'z', 0.2, 0.052431472402365065, 0.333872654036906, 0.008045081368196582, 0.016090162736393163, true],
    ['phase', 'operation', 32, 14, 'z', -0.2, -0.3338726540369059, -0.05243147240236484, 0.008045081368196582, 0.016090162736393163, true],
    ['boundary', 'within_system', 79, 66, 'fisher', -0.044642857142857206, -0.12607228304146514, 0.02035656203641341, 0.18508219142585236, 0.18508219142585236, false],
    ['boundary', 'outside_system', 1, 8, 'fisher', 0.10178571428571428, 0.02387143078586884, 0.19769581275788944, 0.012684731956032754, 0.016912975941377004, true],
  ] as const)(
    '%s %s: %d of 80 against %d of 70 by %s test',
    (facet, option, countA, countB, test, difference, low, high, p, adjusted, significant) => {
      const row = find(compared, facet, option);
      expect(row.a).toEqual({ count: countA, n: 80, share: countA / 80 });
      expect(row.b).toEqual({ count: countB, n: 70, share: countB / 70 });
      expect(row.test).toBe(test);
      expect(row.difference).toBeCloseTo(difference, 14);
      expect(relativeError(row.low ?? Number.NaN, low)).toBeLessThan(1e-12);
      expect(relativeError(row.high ?? Number.NaN, high)).toBeLessThan(1e-12);
      expect(relativeError(row.pValue ?? Number.NaN, p)).toBeLessThan(1e-10);
      expect(relativeError(row.adjustedP ?? Number.NaN, adjusted)).toBeLessThan(1e-10);
      expect(row.significant).toBe(significant);
      expect(row.skipped).toBeNull();
    },
  );

  it('adjusts across the four tests run, by Holm when asked', () => {
    // NumPy 2.4.6, Holm's step-down over the same four p-values.
    const holm = compareCohorts(columns, maskA, maskB, { adjustment: 'holm' });
    expect(holm.tests).toBe(4);
    expect(find(holm, 'phase', 'design').adjustedP).toBeCloseTo(0.03218032547278633, 14);
    expect(find(holm, 'boundary', 'outside_system').adjustedP).toBeCloseTo(0.03218032547278633, 14);
    expect(find(holm, 'boundary', 'within_system').adjustedP).toBeCloseTo(0.18508219142585236, 14);
    const none = compareCohorts(columns, maskA, maskB, { adjustment: 'none' });
    expect(find(none, 'boundary', 'outside_system').adjustedP).toBe(find(none, 'boundary', 'outside_system').pValue);
  });

  it('sorts a facet by absolute difference, untested options last, ties in dictionary order', () => {
    expect(compared.facets.boundary.options.map((o) => o.option)).toEqual(['outside_system', 'within_system', 'unknown']);
    expect(compared.facets.phase.options.map((o) => o.option)).toEqual(['design', 'operation', 'unknown']);
  });

  it('skips options found in neither cohort, without counting them as tests', () => {
    expect(compared.tests).toBe(4);
    expect(find(compared, 'phase', 'unknown')).toMatchObject({
      skipped: 'absent-from-both',
      difference: null,
      pValue: null,
      adjustedP: null,
      significant: false,
    });
    expect(compared.facets.domain.options.every((o) => o.skipped === 'absent-from-both')).toBe(true);
  });

  it('describes the cohorts and has no notes for large disjoint ones', () => {
    expect(compared).toMatchObject({
      sizeA: 80,
      sizeB: 70,
      overlap: 0,
      adjustment: 'bh',
      alpha: 0.05,
      confidence: 0.95,
      excludeGaps: false,
      notes: [],
    });
    expect(compared.facets.phase).toMatchObject({ facet: 'phase', nA: 80, nB: 70 });
  });

  it('notes overlapping cohorts with the number of shared incidents', () => {
    const overlapping = compareCohorts(columns, columns.all, maskB);
    expect(overlapping.overlap).toBe(70);
    expect(overlapping.notes).toEqual([{ kind: 'overlap', incidents: 70 }]);
  });

  it('notes small cohorts and skips the gaps when they are excluded', () => {
    const sample = prepareColumns(fixtureIndex(SAMPLE));
    const result = compareCohorts(sample, fromIndices([0, 1, 2, 3], 8), fromIndices([4, 5, 6, 7], 8), {
      excludeGaps: true,
    });
    expect(result.notes).toEqual([
      { kind: 'small-cohort', cohort: 'a', size: 4, threshold: 30 },
      { kind: 'small-cohort', cohort: 'b', size: 4, threshold: 30 },
    ]);
    expect(result.facets.phase).toMatchObject({ nA: 3, nB: 1 });
    const design = result.facets.phase.options.find((o) => o.option === 'design');
    expect(design).toMatchObject({ a: { count: 2, n: 3 }, b: { count: 1, n: 1 }, test: 'fisher', skipped: null });
    expect(result.facets.phase.options.find((o) => o.option === 'unknown')?.skipped).toBe('gap');
    expect(result.facets.behaviour.options.every((o) => o.skipped === 'empty-cohort')).toBe(true);
  });

  it('compares nothing when a cohort is empty', () => {
    const result = compareCohorts(columns, maskA, fromIndices([], columns.size));
    expect(result.tests).toBe(0);
    expect(result.sizeB).toBe(0);
    expect(FACET_IDS.every((facet) => result.facets[facet].options.every((o) => o.skipped === 'empty-cohort'))).toBe(true);
    expect(result.notes).toEqual([{ kind: 'small-cohort', cohort: 'b', size: 0, threshold: 30 }]);
  });

  it('never prints NaN: every number is finite or null, shares in [0, 1], estimates inside their intervals', () => {
    fc.assert(
      fc.property(rowsAndSelection, fc.boolean(), fc.constantFrom('bh' as const, 'holm' as const), ([rows, a], excludeGaps, adjustment) => {
        const prepared = prepareColumns(fixtureIndex(rows));
        const b = rows.map((_, i) => i).filter((i) => i % 3 !== 0);
        const result = compareCohorts(prepared, fromIndices(a, rows.length), fromIndices(b, rows.length), {
          excludeGaps,
          adjustment,
        });
        let tested = 0;
        for (const facet of FACET_IDS) {
          for (const o of result.facets[facet].options) {
            for (const share of [o.a.share, o.b.share]) {
              if (share !== null) {
                expect(share).toBeGreaterThanOrEqual(0);
                expect(share).toBeLessThanOrEqual(1);
              }
            }
            if (o.skipped !== null) {
              expect([o.difference, o.low, o.high, o.pValue, o.adjustedP]).toEqual([null, null, null, null, null]);
              continue;
            }
            tested++;
            for (const value of [o.difference, o.low, o.high, o.pValue, o.adjustedP]) {
              expect(Number.isFinite(value)).toBe(true);
            }
            expect(o.low).toBeLessThanOrEqual(o.difference ?? Number.NaN);
            expect(o.high).toBeGreaterThanOrEqual(o.difference ?? Number.NaN);
            expect(o.adjustedP).toBeGreaterThanOrEqual(o.pValue ?? Number.NaN);
            expect(o.significant).toBe((o.adjustedP ?? 1) < 0.05);
          }
        }
        expect(result.tests).toBe(tested);
      }),
      { numRuns: 100 },
    );
  });
});
