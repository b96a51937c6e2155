import { normalSf, zForConfidence } from './normal-distribution';

/** One period of a trend: `successes` of its `n` incidents have the option; `time` places it (a year). */
export interface TrendPoint {
  readonly time: number;
  readonly successes: number;
  readonly n: number;
}

/** The straight-line change of a share over time, with its interval and the test that it is not flat. */
export interface TrendTest {
  /** Change of the share per unit of time (per year for years), in 0..1 units. */
  readonly slope: number;
  readonly low: number;
  readonly high: number;
  readonly z: number;
  readonly pValue: number;
  /**
   * How much of the differences between the periods' shares the line explains, 0 to 1:
   * z² over the chi-square of the periods' table (Armitage's split of it into the line
   * and the departures from it), which is the n-weighted R² of the shares on time. A
   * share that jumps about between periods can still have a line that tilts; this says so.
   */
  readonly fit: number;
}

/**
 * The Cochran–Armitage test for a linear trend in proportions (Armitage 1955, Biometrics
 * 11:375), with the scores the periods' times. The slope is the weighted least-squares
 * line through the shares, b = Σ n_i (p_i − p̄)(t_i − t̄) / Σ n_i (t_i − t̄)², and under
 * no trend var(b) = p̄(1 − p̄) / Σ n_i (t_i − t̄)², so z = b / √var(b) is the test's
 * statistic (two-sided). The interval uses the same variance. The periods' chi-square,
 * Σ n_i (p_i − p̄)² / p̄(1 − p̄), is z² plus the departures from the line, so z² over it
 * is the share the line explains (`fit`; 1 for shares that are all equal, which a flat
 * line fits exactly). Null when fewer than two
 * periods hold incidents, or when every incident or none has the option: no trend can be
 * measured then.
 */
export function cochranArmitage(points: readonly TrendPoint[], confidence = 0.95): TrendTest | null {
  const used = points.filter((point) => point.n > 0);
  if (used.length < 2) return null;
  const n = used.reduce((total, point) => total + point.n, 0);
  const successes = used.reduce((total, point) => total + point.successes, 0);
  const share = successes / n;
  if (share === 0 || share === 1) return null;
  const meanTime = used.reduce((total, point) => total + point.n * point.time, 0) / n;
  let spread = 0;
  let covariance = 0;
  let scatter = 0;
  for (const point of used) {
    const offset = point.time - meanTime;
    const excess = point.successes - point.n * share;
    spread += point.n * offset * offset;
    covariance += offset * excess;
    scatter += (excess * excess) / point.n;
  }
  if (spread === 0) return null;
  const slope = covariance / spread;
  const se = Math.sqrt((share * (1 - share)) / spread);
  const z = slope / se;
  const margin = zForConfidence(confidence) * se;
  // Rounding can leave z² a hair above the whole chi-square it is part of.
  const fit = scatter === 0 ? 1 : Math.min(1, (z * z * share * (1 - share)) / scatter);
  return { slope, low: slope - margin, high: slope + margin, z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))), fit };
}
