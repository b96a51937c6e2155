import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../../src/analysis/statistics/p-value-adjustment';

const P = [0.01, 0.04, 0.03, 0.005, 0.5, 0.2, 0.04];

describe('adjustPValues', () => {
  it.each([
    // SciPy 1.17.1: scipy.stats.false_discovery_control([0.01, 0.04, 0.03, 0.005, 0.5, 0.2, 0.04], method='bh')
    ['bh', [0.035, 0.055999999999999994, 0.055999999999999994, 0.035, 0.5, 0.23333333333333336, 0.055999999999999994]],
    // NumPy 2.4.6, Holm's step-down by its textbook formula (tests/analysis/reference/statistics_reference.py)
    ['holm', [0.06, 0.16, 0.15, 0.035, 0.5, 0.4, 0.16]],
  ] as const)('adjusts by %s, in the order given', (method, expected) => {
    const adjusted = adjustPValues(P, method);
    expected.forEach((value, i) => expect(adjusted[i]).toBeCloseTo(value, 15));
  });

  it.each([
    ['bh', [], []],
    ['holm', [], []],
    ['bh', [0.03], [0.03]],
    ['holm', [0.03], [0.03]],
    ['holm', [0.4, 0.6], [0.8, 0.8]],
    ['bh', [0, 1], [0, 1]],
  ] as const)('handles the small family %s %j', (method, p, expected) => {
    expect(adjustPValues(p, method)).toEqual(expected);
  });

  it.each([-0.1, 1.1, Number.NaN])('rejects p = %d', (p) => {
    expect(() => adjustPValues([0.1, p], 'bh')).toThrow(RangeError);
  });

  it('keeps p ≤ BH ≤ Holm ≤ 1 and the order of the raw values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), (p) => {
        const bh = adjustPValues(p, 'bh');
        const holm = adjustPValues(p, 'holm');
        p.forEach((value, i) => {
          expect(bh[i]).toBeGreaterThanOrEqual(value);
          expect(holm[i]).toBeGreaterThanOrEqual(bh[i] * (1 - 1e-15));
          expect(holm[i]).toBeLessThanOrEqual(1);
          p.forEach((other, j) => {
            if (value < other) {
              expect(bh[i]).toBeLessThanOrEqual(bh[j]);
              expect(holm[i]).toBeLessThanOrEqual(holm[j]);
            }
          });
        });
      }),
    );
  });
});
