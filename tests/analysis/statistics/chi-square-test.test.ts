import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareTest } from '../../../src/analysis/statistics/chi-square-test';
import type { ChiSquareTest } from '../../../src/analysis/statistics/chi-square-test';
import { relativeError } from './relative-error';

function testOf(table: number[][]): ChiSquareTest {
  const result = chiSquareTest(table);
  if (result.test === null) throw new Error(`no test: ${result.reason}`);
  return result.test;
}

const expectMatrixClose = (actual: readonly (readonly (number | null)[])[], expected: (number | null)[][]): void => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) =>
    row.forEach((value, j) => {
      const reference = expected[i][j];
      if (reference === null) expect(value).toBeNull();
      else expect(relativeError(value ?? Number.NaN, reference)).toBeLessThan(1e-10);
    }),
  );
};

describe('chiSquareTest', () => {
  // SciPy 1.17.1: res = chi2_contingency(table, correction=False) on the table without its
  // all-zero lines; V = scipy.stats.contingency.association(table, method='cramer'); adjusted
  // residuals with NumPy 2.4.6 as (o − e) / sqrt(e (1 − row/n)(1 − col/n))
  // (`chi_square` in tests/analysis/reference/statistics_reference.py).
  it.each([
    {
      name: '2 × 2',
      table: [[10, 20], [30, 40]],
      statistic: 0.7936507936507936,
      df: 1,
      p: 0.37299848361348686,
      v: 0.0890870806374748,
      expected: [[12, 18], [28, 42]],
      residuals: [[-0.8908708063747481, 0.8908708063747479], [0.8908708063747479, -0.8908708063747479]],
    },
    {
      name: '3 × 3',
      table: [[12, 5, 7], [3, 9, 11], [8, 8, 2]],
      statistic: 11.553996367264325,
      df: 4,
      p: 0.020995147791637823,
      v: 0.2981222821809911,
      expected: [
        [8.492307692307692, 8.123076923076923, 7.384615384615385],
        [8.138461538461538, 7.7846153846153845, 7.076923076923077],
        [6.369230769230769, 6.092307692307692, 5.538461538461538],
      ],
      residuals: [
        [1.8854082925541287, -1.6963270942290327, -0.21417949145956777],
        [-2.7875715195980493, 0.6662690478832293, 2.2048905739433384],
        [0.9453416637879839, 1.1175002108926286, -2.125093672126924],
      ],
    },
    {
      name: '3 × 3 with an all-zero row, dropped (df 2, not 4)',
      table: [[10, 0, 5], [0, 0, 0], [3, 7, 9]],
      statistic: 11.60208212839792,
      df: 2,
      p: 0.0030244045066049378,
      v: 0.5841555526216988,
      expected: [
        [5.735294117647059, 3.088235294117647, 6.176470588235294],
        [0, 0, 0],
        [7.264705882352941, 3.911764705882353, 7.823529411764706],
      ],
      residuals: [
        [3.0311240278027882, -2.6380038528185246, -0.8256538382709967],
        [null, null, null],
        [-3.0311240278027882, 2.6380038528185246, 0.8256538382709969],
      ],
    },
    {
      name: '3 × 4 with small expected counts',
      table: [[2, 1, 0, 1], [1, 3, 2, 0], [0, 1, 4, 6]],
      statistic: 12.89090909090909,
      df: 6,
      p: 0.044801401629968304,
      v: 0.554009392453239,
      expected: [
        [0.5714285714285714, 0.9523809523809523, 1.1428571428571428, 1.3333333333333333],
        [0.8571428571428571, 1.4285714285714286, 1.7142857142857142, 2],
        [1.5714285714285714, 2.619047619047619, 3.142857142857143, 3.6666666666666665],
      ],
      residuals: [
        [2.2687130324325753, 0.06213126521846362, -1.4058700467096146, -0.3929526239966878],
        [0.1972026594366539, 1.7822036920621618, 0.30550504633038944, -2.0493901531919194],
        [-1.9621416870348583, -1.6609143155612704, 0.8290191356493091, 2.1627003322866365],
      ],
    },
  ])('matches SciPy on $name', ({ table, statistic, df, p, v, expected, residuals }) => {
    const test = testOf(table);
    expect(relativeError(test.statistic, statistic)).toBeLessThan(1e-12);
    expect(test.df).toBe(df);
    expect(relativeError(test.pValue, p)).toBeLessThan(1e-10);
    expect(relativeError(test.cramersV, v)).toBeLessThan(1e-12);
    expectMatrixClose(test.expected, expected);
    expectMatrixClose(test.adjustedResiduals, residuals);
  });

  it('matches SciPy on a 5 × 4 table whose p-value underflows', () => {
    // SciPy 1.17.1: chi2_contingency([[520, 130, 75, 40], [210, 260, 95, 60], [90, 85, 310, 120],
    // [30, 22, 41, 300], [5, 3, 2, 1]], correction=False): statistic 1583.7190063641524, dof 12,
    // pvalue 0.0; association(method='cramer') 0.46909771020031665.
    const test = testOf([[520, 130, 75, 40], [210, 260, 95, 60], [90, 85, 310, 120], [30, 22, 41, 300], [5, 3, 2, 1]]);
    expect(relativeError(test.statistic, 1583.7190063641524)).toBeLessThan(1e-12);
    expect(test.df).toBe(12);
    expect(test.pValue).toBeLessThan(1e-300);
    expect(relativeError(test.cramersV, 0.46909771020031665)).toBeLessThan(1e-12);
    expect(test.adjustedResiduals[0][0]).toBeCloseTo(22.62574438091681, 10);
    expect(test.adjustedResiduals[4][3]).toBeCloseTo(-1.0179816681860057, 10);
  });

  it.each([
    ['a table where every expected count is at least 5', [[10, 20], [30, 40]], 4, 0, 0, 12, false, true],
    ['one cell of nine below 5 (11%)', [[12, 5, 7], [3, 9, 11], [8, 8, 2]], 9, 0, 0, 5.538461538461538, false, true],
    ['two of six below 5 (33%)', [[10, 0, 5], [0, 0, 0], [3, 7, 9]], 6, 2, 2 / 6, 3.088235294117647, false, false],
    ['every cell below 5, some below 1', [[2, 1, 0, 1], [1, 3, 2, 0], [0, 1, 4, 6]], 12, 12, 1, 0.5714285714285714, true, false],
  ])('applies Cochran’s rule to %s', (_, table, cells, below, share, min, belowOne, reliable) => {
    const { validity } = testOf(table);
    expect(validity.cells).toBe(cells);
    expect(validity.expectedBelowFive).toBe(below);
    expect(validity.expectedBelowFiveShare).toBeCloseTo(share, 15);
    expect(validity.minExpected).toBeCloseTo(min, 12);
    expect(validity.anyExpectedBelowOne).toBe(belowOne);
    expect(validity.reliable).toBe(reliable);
  });

  it.each([
    ['an empty table', [], 'no-observations'],
    ['a table of empty rows', [[], []], 'no-observations'],
    ['all zeros', [[0, 0], [0, 0]], 'no-observations'],
    ['a single row', [[3, 4, 5]], 'single-row'],
    ['one non-empty row', [[3, 4, 5], [0, 0, 0]], 'single-row'],
    ['a single column', [[3], [4]], 'single-column'],
    ['one non-empty column', [[3, 0], [4, 0]], 'single-column'],
    ['one incident', [[0, 1], [0, 0]], 'single-row'],
  ])('gives a reason, not a test, for %s', (_, table, reason) => {
    expect(chiSquareTest(table)).toEqual({ test: null, reason });
  });

  it.each([
    ['ragged rows', [[1, 2], [3]]],
    ['a negative count', [[1, -2], [3, 4]]],
    ['NaN', [[1, Number.NaN], [3, 4]]],
  ])('rejects %s', (_, table) => {
    expect(() => chiSquareTest(table)).toThrow(RangeError);
  });

  it('keeps every number finite, V in [0, 1], and expected counts with the observed margins', () => {
    const table = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([r, c]) => fc.array(fc.array(fc.nat({ max: 30 }), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
    fc.assert(
      fc.property(table, (observed) => {
        const result = chiSquareTest(observed);
        if (result.test === null) return;
        const { test } = result;
        expect(Number.isFinite(test.statistic) && Number.isFinite(test.pValue)).toBe(true);
        expect(test.pValue).toBeGreaterThanOrEqual(0);
        expect(test.pValue).toBeLessThanOrEqual(1);
        expect(test.cramersV).toBeGreaterThanOrEqual(0);
        expect(test.cramersV).toBeLessThanOrEqual(1);
        test.expected.forEach((row, i) => {
          expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(test.rowTotals[i], 9);
        });
        for (const i of test.keptRows) {
          // Each kept row's raw residuals o − e sum to 0 across kept columns.
          const raw = test.keptColumns.reduce((sum, j) => sum + observed[i][j] - test.expected[i][j], 0);
          expect(raw).toBeCloseTo(0, 9);
          for (const j of test.keptColumns) expect(Number.isFinite(test.adjustedResiduals[i][j])).toBe(true);
        }
      }),
    );
  });

  it('leaves a residual undefined, not NaN, where a multi-valued row or column holds every incident', () => {
    // 10 incidents; every one has option A in the rows, and some also B: row A's total is n.
    const observed = [
      [6, 4],
      [3, 1],
    ];
    const result = chiSquareTest(observed, { rows: [10, 4], cols: [6, 4], n: 10 });
    if (result.test === null) throw new Error(`no test: ${result.reason}`);
    const { adjustedResiduals } = result.test;
    expect(adjustedResiduals[0]).toEqual([null, null]);
    for (const value of adjustedResiduals[1]) expect(Number.isFinite(value)).toBe(true);
  });
});
