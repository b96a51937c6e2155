import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareTest } from '../../../src/analysis/statistics/chi-square-test';
import { incidentMargins, isMultiValued } from '../../../src/analysis/statistics/option-set-pairs';
import { setPermutationTest } from '../../../src/analysis/statistics/set-permutation-test';
import references from '../reference/permutation_reference.json';
import { pairTableOf, setPairsOf } from './option-set-fixture';
import { relativeError } from './relative-error';

interface Reference {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly rowSets: number[][];
  readonly colSets: number[][];
  readonly statistic: number;
  readonly expected: number[][];
  readonly adjustedResiduals: (number | null)[][];
  readonly pValue: number;
  readonly standardError: number;
  readonly chiSquarePValue?: number;
}

const SHUFFLES = 10_000;

// NumPy 2.4.6 / SciPy 1.17.1: the permutation test written independently in Python,
// 20,000 shuffles with NumPy's generator (`permutation_reference` in
// tests/analysis/reference/statistics_reference.py, output in permutation_reference.json).
describe.each(references as Reference[])('setPermutationTest against the Python reference: $name', (reference) => {
  const pairs = setPairsOf(reference.rowSets, reference.colSets, reference.rows, reference.cols);
  const result = setPermutationTest(pairs, { shuffles: SHUFFLES, seed: 1 });

  it('computes the same X² over the table of option pairs', () => {
    expect(relativeError(result.statistic, reference.statistic)).toBeLessThan(1e-10);
  });

  it('agrees on the p-value within four Monte-Carlo standard errors of the two runs', () => {
    const margin = 4 * Math.hypot(result.standardError, reference.standardError);
    expect(Math.abs(result.pValue - reference.pValue)).toBeLessThan(margin);
  });

  it('gives the expected counts and adjusted residuals of the distinct-incident margins', () => {
    const margins = incidentMargins(pairs);
    const test = chiSquareTest(pairTableOf(reference.rowSets, reference.colSets, reference.rows, reference.cols), margins).test;
    if (test === null) throw new Error('no test');
    expect(relativeError(test.statistic, reference.statistic)).toBeLessThan(1e-10);
    test.expected.forEach((row, i) => row.forEach((value, j) => expect(relativeError(value, reference.expected[i][j])).toBeLessThan(1e-12)));
    test.adjustedResiduals.forEach((row, i) =>
      row.forEach((value, j) => {
        const expected = reference.adjustedResiduals[i][j];
        if (expected === null) expect(value).toBeNull();
        else expect(relativeError(value ?? Number.NaN, expected)).toBeLessThan(1e-10);
      }),
    );
  });
});

describe('setPermutationTest', () => {
  const reference = (references as Reference[])[0];
  const pairs = setPairsOf(reference.rowSets, reference.colSets, reference.rows, reference.cols);

  it('gives the same p for the same data and seed', () => {
    expect(setPermutationTest(pairs, { shuffles: 2_000, seed: 5 })).toEqual(setPermutationTest(pairs, { shuffles: 2_000, seed: 5 }));
  });

  it('states its Monte-Carlo error and never returns 0', () => {
    const result = setPermutationTest(pairs, { shuffles: 400, seed: 5 });
    expect(result.pValue).toBeGreaterThanOrEqual(1 / 401);
    expect(result.standardError).toBeCloseTo(Math.sqrt((result.pValue * (1 - result.pValue)) / 400), 12);
    expect(result.pValue).toBe((result.exceeding + 1) / 401);
  });

  it('with one option per incident agrees with the chi-square approximation on a large table', () => {
    const rowSets: number[][] = [];
    const colSets: number[][] = [];
    const counts = [[40, 25, 20], [22, 38, 30], [18, 20, 45]];
    counts.forEach((row, r) => row.forEach((count, c) => {
      for (let k = 0; k < count; k++) {
        rowSets.push([r]);
        colSets.push([c]);
      }
    }));
    const single = setPairsOf(rowSets, colSets, 3, 3);
    expect(isMultiValued(single)).toBe(false);
    const result = setPermutationTest(single, { shuffles: 4_000, seed: 3 });
    const asymptotic = chiSquareTest(counts).test?.pValue ?? Number.NaN;
    expect(Math.abs(result.pValue - asymptotic)).toBeLessThan(4 * result.standardError + 0.002);
  });

  it('rejects a shuffle count that is not a positive integer', () => {
    expect(() => setPermutationTest(pairs, { shuffles: 0, seed: 1 })).toThrow(RangeError);
  });

  // Under independence between the facets, however the options within a facet go together,
  // a valid test's p-values are uniform: about 5% fall at or below 0.05, half below 0.5.
  it('gives roughly uniform p-values under a null with planted multi-valued structure', () => {
    const incidentSets = (lines: number) =>
      fc.oneof(
        fc.constantFrom([0, 1], [0, 1, 2]),
        fc.integer({ min: 0, max: lines - 1 }).map((line) => [line]),
        fc.uniqueArray(fc.integer({ min: 0, max: lines - 1 }), { minLength: 1, maxLength: lines }),
      );
    const dataset = fc.array(fc.tuple(incidentSets(4), incidentSets(3)), { minLength: 30, maxLength: 45 });
    const samples = fc.sample(dataset, { seed: 42, numRuns: 300 });
    const pValues = samples.map((incidents) => {
      const pairs = setPairsOf(incidents.map(([r]) => r), incidents.map(([, c]) => c), 4, 3);
      return setPermutationTest(pairs, { shuffles: 199, seed: 11 }).pValue;
    });
    const below = (cut: number) => pValues.filter((p) => p <= cut).length / pValues.length;
    expect(below(0.05)).toBeGreaterThan(0.01);
    expect(below(0.05)).toBeLessThan(0.1);
    expect(below(0.5)).toBeGreaterThan(0.4);
    expect(below(0.5)).toBeLessThan(0.6);
  });
});
