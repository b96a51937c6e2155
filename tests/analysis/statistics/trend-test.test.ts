import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalSf } from '../../../src/analysis/statistics/normal-distribution';
import { cochranArmitage } from '../../../src/analysis/statistics/trend-test';
import type { TrendPoint } from '../../../src/analysis/statistics/trend-test';

/**
 * The textbook form of the Cochran–Armitage statistic, written independently of the
 * slope form: T = Σ t_i (x_i − n_i p̄), Var(T) = p̄(1 − p̄)(Σ n_i t_i² − (Σ n_i t_i)² / N).
 * The statistic is the same for scores shifted by a constant, so t_i counts from the
 * first period: with years as they are, Σ n_i t_i² and (Σ n_i t_i)² / N are about 10¹²
 * and their difference loses up to six digits (−11.7685250 for −11.7685256).
 */
function textbookZ(points: readonly TrendPoint[]): number {
  const n = points.reduce((s, p) => s + p.n, 0);
  const share = points.reduce((s, p) => s + p.successes, 0) / n;
  const score = (p: TrendPoint) => p.time - points[0].time;
  const t = points.reduce((s, p) => s + score(p) * (p.successes - p.n * share), 0);
  const sumNt = points.reduce((s, p) => s + p.n * score(p), 0);
  const sumNt2 = points.reduce((s, p) => s + p.n * score(p) * score(p), 0);
  return t / Math.sqrt(share * (1 - share) * (sumNt2 - (sumNt * sumNt) / n));
}

const points = fc
  .array(fc.record({ n: fc.integer({ min: 1, max: 400 }), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 2, maxLength: 12 })
  .map((rows) => rows.map(({ n, fraction }, i) => ({ time: 2000 + i, n, successes: Math.round(n * fraction) })));

describe('cochranArmitage', () => {
  it('agrees with the textbook statistic on any table', () => {
    fc.assert(
      fc.property(points, (table) => {
        const result = cochranArmitage(table);
        const total = table.reduce((s, p) => s + p.successes, 0);
        const n = table.reduce((s, p) => s + p.n, 0);
        if (total === 0 || total === n) return result === null;
        const z = textbookZ(table);
        expect(result!.z).toBeCloseTo(z, 9);
        expect(result!.pValue).toBeCloseTo(Math.min(1, 2 * normalSf(Math.abs(z))), 9);
        return true;
      }),
      // A table the unshifted textbook sums got wrong in the sixth decimal.
      { examples: [[[{ time: 2000, n: 277, successes: 276 }, { time: 2001, n: 1, successes: 0 }]]] },
    );
  });

  it('says what share of the periods’ chi-square the line takes, as Armitage splits it', () => {
    fc.assert(
      fc.property(points, (table) => {
        const result = cochranArmitage(table);
        if (result === null) return true;
        const n = table.reduce((s, p) => s + p.n, 0);
        const share = table.reduce((s, p) => s + p.successes, 0) / n;
        // Pearson's chi-square of the periods × (has, has not) table, from its expected counts.
        const chiSquare = table.reduce((s, p) => {
          const [yes, no] = [p.n * share, p.n * (1 - share)];
          return s + (p.successes - yes) ** 2 / yes + (p.n - p.successes - no) ** 2 / no;
        }, 0);
        if (chiSquare < 1e-9) expect(result.fit).toBe(1);
        else expect(result.fit).toBeCloseTo((result.z * result.z) / chiSquare, 9);
        expect(result.fit).toBeGreaterThanOrEqual(0);
        expect(result.fit).toBeLessThanOrEqual(1);
        return true;
      }),
    );
  });

  it('explains all of a share that moves in a line, and little of one that jumps about', () => {
    const line = cochranArmitage([0.1, 0.2, 0.3, 0.4].map((share, i) => ({ time: 2010 + i, n: 1000, successes: share * 1000 })))!;
    expect(line.fit).toBeCloseTo(1, 12);
    // 0, 1, 1, 0, 1, 1 of 50 each: the line rises 4/35 a period, around a share of 2/3, and the chi-square is 300.
    const zigzag = cochranArmitage([0, 1, 1, 0, 1, 1].map((share, i) => ({ time: 2010 + i, n: 50, successes: share * 50 })))!;
    const expectedZ2 = ((4 / 35) ** 2 * 50 * 17.5) / ((2 / 3) * (1 / 3));
    expect(zigzag.fit).toBeCloseTo(expectedZ2 / 300, 12);
    expect(zigzag.fit).toBeLessThan(0.2);
  });

  it('measures the slope of a share that rises by ten points a year', () => {
    const table = [0.1, 0.2, 0.3, 0.4].map((share, i) => ({ time: 2010 + i, n: 1000, successes: share * 1000 }));
    const result = cochranArmitage(table)!;
    expect(result.slope).toBeCloseTo(0.1, 10);
    expect(result.low).toBeLessThan(0.1);
    expect(result.high).toBeGreaterThan(0.1);
    expect(result.pValue).toBeLessThan(1e-6);
  });

  it('finds nothing in a flat share, and nothing to test in one period or a constant answer', () => {
    const flat = cochranArmitage([2010, 2011, 2012].map((time) => ({ time, n: 100, successes: 30 })))!;
    expect(flat.slope).toBe(0);
    expect(flat.pValue).toBe(1);
    expect(cochranArmitage([{ time: 2010, n: 50, successes: 5 }, { time: 2011, n: 0, successes: 0 }])).toBeNull();
    expect(cochranArmitage([{ time: 2010, n: 50, successes: 50 }, { time: 2011, n: 20, successes: 20 }])).toBeNull();
  });
});
