/** How the comparison views write test statistics: few digits, signs shown, tiny p-values bounded. */

/** "p < 0.001", "p = 0.042", "p = 0.31": three decimals are all a p-value of these tests can honestly claim. */
export function pValueText(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

/** "+2.3", "−0.4" (a true minus sign, so columns of numbers line up and read as negative). */
export const signed = (value: number, digits = 1): string =>
  `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)}`;

/** Signed percentage points: "+12 pts", "−3 pts". */
export const signedPoints = (difference: number): string => `${signed(difference * 100, 0)} pts`;

/**
 * Cramér's V in words, after Cohen's conventions for the smallest table side: a reading
 * aid, not a verdict.
 */
export function strengthWord(v: number): string {
  if (v < 0.1) return 'negligible';
  if (v < 0.3) return 'weak';
  if (v < 0.5) return 'moderate';
  return 'strong';
}
