import { regularizedGammaP, regularizedGammaQ } from './incomplete-gamma';

/**
 * The standard normal distribution: tail probabilities for z-tests and quantiles for the
 * z of a confidence level. Tails come from erfc(x) = Q(½, x²), the route Numerical Recipes
 * takes, so they share the incomplete gamma's accuracy: below 1e-13 relative against
 * SciPy, also far out in the tail where 1 − Φ(z) would round to 0.
 */

/** P(Z > z) for a standard normal Z: the one-sided p-value of a z statistic. */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) throw new RangeError('normalSf needs a number, got NaN');
  const half = (z * z) / 2;
  return z >= 0 ? regularizedGammaQ(0.5, half) / 2 : (1 + regularizedGammaP(0.5, half)) / 2;
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return normalSf(-z);
}

// Wichura, Algorithm AS 241 (Applied Statistics 37, 1988), PPND16: about 1e-16 relative.
// The published 20-digit constants, written as the shortest decimals of the same doubles.
const NEAR_HALF = {
  num: [3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946,
    45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227],
  den: [1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597,
    39307.89580009271, 28729.085735721943, 5226.495278852854],
};
const INTERMEDIATE = {
  num: [1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045,
    1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414],
  den: [1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
    0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9],
};
const FAR_TAIL = {
  num: [6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
    0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7],
  den: [1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
    0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15],
};

function rational(coefficients: { num: readonly number[]; den: readonly number[] }, r: number): number {
  let num = 0;
  let den = 0;
  for (let k = coefficients.num.length - 1; k >= 0; k--) {
    num = num * r + coefficients.num[k];
    den = den * r + coefficients.den[k];
  }
  return num / den;
}

/** The z with P(Z ≤ z) = p, for 0 < p < 1 (`scipy.stats.norm.ppf`). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) return q * rational(NEAR_HALF, 0.180625 - q * q);
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const z = r <= 5 ? rational(INTERMEDIATE, r - 1.6) : rational(FAR_TAIL, r - 5);
  return q < 0 ? -z : z;
}

/**
 * The two-sided critical value for a confidence level: 1.959964 for 0.95. A confidence
 * of 0.95 means the interval's procedure covers the true value 95% of the time.
 */
export function zForConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return normalQuantile(1 - (1 - confidence) / 2);
}
