import { describe, expect, it } from 'vitest';
import { riskRatio } from '../../../src/analysis/statistics/risk-ratio';

describe('riskRatio', () => {
  // Reference values from SciPy 1.17: scipy.stats.contingency.relative_risk(exposed_cases,
  // exposed_total, control_cases, control_total).confidence_interval(0.95), Katz's method.
  it.each([
    [41, 100, 19, 100, 2.1578947368421053, 1.351355999277751, 3.445805322786585],
    [12, 30, 3, 40, 5.333333333333334, 1.6499143426591572, 17.239952226005084],
    [250, 1000, 180, 1200, 1.6666666666666667, 1.4029700933357772, 1.9799265793137355],
  ])('agrees with SciPy for %i of %i against %i of %i', (xb, nb, xa, na, ratio, low, high) => {
    const result = riskRatio({ successes: xa, n: na }, { successes: xb, n: nb });
    expect(result?.ratio).toBeCloseTo(ratio, 10);
    expect(result?.low).toBeCloseTo(low, 10);
    expect(result?.high).toBeCloseTo(high, 10);
  });

  it('stays finite with a zero count, and its interval still holds the uncorrected direction', () => {
    const result = riskRatio({ successes: 0, n: 50 }, { successes: 9, n: 50 });
    expect(Number.isFinite(result?.ratio)).toBe(true);
    expect(result!.ratio).toBeGreaterThan(1);
    expect(result!.low).toBeGreaterThan(1);
    const reverse = riskRatio({ successes: 9, n: 50 }, { successes: 0, n: 50 });
    expect(reverse!.ratio).toBeCloseTo(1 / result!.ratio, 10);
  });

  it('is symmetric: swapping the groups inverts the ratio and its interval', () => {
    const forward = riskRatio({ successes: 7, n: 40 }, { successes: 18, n: 45 })!;
    const back = riskRatio({ successes: 18, n: 45 }, { successes: 7, n: 40 })!;
    expect(back.ratio).toBeCloseTo(1 / forward.ratio, 12);
    expect(back.low).toBeCloseTo(1 / forward.high, 12);
    expect(back.high).toBeCloseTo(1 / forward.low, 12);
  });

  it('has nothing to say about an empty group', () => {
    expect(riskRatio({ successes: 0, n: 0 }, { successes: 3, n: 10 })).toBeNull();
  });
});
