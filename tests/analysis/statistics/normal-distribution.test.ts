import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalCdf,
  normalQuantile,
  normalSf,
  zForConfidence,
} from '../../../src/analysis/statistics/normal-distribution';
import { relativeError } from './relative-error';

// SciPy 1.17.1: scipy.stats.norm.sf(z) (tests/analysis/reference/statistics_reference.py)
describe('normalSf', () => {
  it.each([
    [-8, 0.9999999999999993],
    [-3, 0.9986501019683699],
    [-1.96, 0.9750021048517795],
    [-0.5, 0.6914624612740131],
    [0, 0.5],
    [0.5, 0.3085375387259869],
    [1, 0.15865525393145707],
    [1.959963984540054, 0.025],
    [3, 0.0013498980316300933],
    [5, 2.866515718791933e-7],
    [8, 6.22096057427174e-16],
    [10, 7.61985302416047e-24],
    [20, 2.7536241186061556e-89],
    [37.5, 4.605353009581954e-308],
  ])('P(Z > %d) = %d, to 1e-12 relative', (z, expected) => {
    expect(relativeError(normalSf(z), expected)).toBeLessThan(1e-12);
  });

  it('is 0 and 1 at the infinities, and normalCdf mirrors it', () => {
    expect(normalSf(Infinity)).toBe(0);
    expect(normalSf(-Infinity)).toBe(1);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
  });

  it('rejects NaN', () => {
    expect(() => normalSf(Number.NaN)).toThrow(RangeError);
  });
});

// SciPy 1.17.1: scipy.stats.norm.ppf(p)
describe('normalQuantile', () => {
  it.each([
    [1e-300, -37.0470962993612],
    [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400545],
    [0.05, -1.6448536269514729],
    [0.1, -1.2815515655446004],
    [0.3, -0.5244005127080409],
    [0.5, 0],
    [0.6, 0.2533471031357997],
    [0.9, 1.2815515655446004],
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.9999999, 5.199337582290661],
  ])('Φ⁻¹(%d) = %d, to 1e-12 relative (far below any confidence level’s needs)', (p, expected) => {
    expect(relativeError(normalQuantile(p), expected)).toBeLessThan(1e-12);
  });

  it.each([0, 1, -0.1, 1.5, Number.NaN])('rejects p = %d', (p) => {
    expect(() => normalQuantile(p)).toThrow(RangeError);
  });

  // Below 0 only: above it Φ(z) rounds towards 1 and the inverse cannot recover z.
  it('inverts normalCdf in the lower half, where Φ(z) keeps its digits', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 0, noNaN: true }), (z) => {
        expect(Math.abs(normalQuantile(normalCdf(z)) - z)).toBeLessThan(1e-12 * Math.max(1, Math.abs(z)));
      }),
    );
  });
});

// SciPy 1.17.1: scipy.stats.norm.ppf(1 - (1 - confidence) / 2)
describe('zForConfidence', () => {
  it.each([
    [0.8, 1.2815515655446004],
    [0.9, 1.6448536269514729],
    [0.95, 1.959963984540054],
    [0.99, 2.5758293035489004],
  ])('confidence %d gives z = %d', (confidence, z) => {
    expect(relativeError(zForConfidence(confidence), z)).toBeLessThan(1e-14);
  });

  it.each([0, 1, 95])('rejects confidence %d', (confidence) => {
    expect(() => zForConfidence(confidence)).toThrow(RangeError);
  });
});
