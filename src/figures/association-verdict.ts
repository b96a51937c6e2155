import type { AssociationMethod, CrosstabAssociation } from '../analysis/crosstab-association';
import type { PermutationResult } from '../analysis/statistics/set-permutation-test';
import { pValueText, strengthWord } from '../components/stat-text';
import { formatCount } from '../components/format-count';


/** A Monte-Carlo p-value's 95% margin: 1.96 standard errors. */
const MARGIN_Z = 1.96;

/** How a test got its p-value, in the words written beside it. */
export function methodText(method: AssociationMethod, shuffles: number): string {
  if (method === 'chi-square') return 'χ² test';
  if (method === 'fisher') return 'Fisher’s exact test';
  if (method === 'monte-carlo') return `Monte-Carlo test with fixed margins, ${formatCount(shuffles)} random tables`;
  return `permutation test, ${formatCount(shuffles)} shuffles of whole option sets`;
}

/**
 * A Monte-Carlo p-value with its 95% margin, in as many decimals as the margin supports:
 * "p = 0.052 ± 0.004". When no shuffle reached the observed statistic the estimate is its
 * own bound: "p ≤ 0.0001"; when every shuffle reached it, "p = 1.00".
 */
export function monteCarloPText(result: PermutationResult): string {
  if (result.exceeding === 0) return `p ≤ ${Number((1 / (result.shuffles + 1)).toPrecision(1))}`;
  // Every shuffle reached it: p is 1 with no spread to state, and no margin to size its decimals.
  if (result.exceeding === result.shuffles) return 'p = 1.00';
  const margin = MARGIN_Z * result.standardError;
  const decimals = Math.min(6, Math.max(2, Math.ceil(-Math.log10(margin))));
  return `p = ${result.pValue.toFixed(decimals)} ± ${margin.toFixed(decimals)}`;
}

/**
 * The test in one sentence and the caveat inside it, so no verdict stands without its
 * warning. `p` holds the p-value with its method ("p = 0.052 ± 0.004 (permutation test,
 * 10,000 shuffles of whole option sets)"), or says it is being computed. `effect` is
 * Cramér's V said in words, or, when expected counts are too small for the table to
 * carry a strength, that warning instead of a strength word.
 */
export interface AssociationVerdict {
  readonly statistic: string;
  readonly p: string;
  readonly effect: string;
  /** Expected counts below Cochran's limits: the reason the strength word is withheld. */
  readonly sparse: string | null;
  readonly pending: boolean;
}

export function associationVerdict(association: CrosstabAssociation, shuffled: PermutationResult | null): AssociationVerdict | null {
  const test = association.result.test;
  const method = association.method;
  if (test === null || method === null) return null;
  const shuffles = association.shuffle?.shuffles ?? 0;
  const how = methodText(method, shuffles);
  const pending = association.pValue === null && shuffled === null;
  const pText = association.pValue !== null ? pValueText(association.pValue) : shuffled !== null ? monteCarloPText(shuffled) : 'p being computed';
  const { validity } = test;
  const sparse = validity.reliable
    ? null
    : `${validity.expectedBelowFive} of ${validity.cells} expected counts are below 5${validity.anyExpectedBelowOne ? ', some below 1' : ''}`;
  const v = test.cramersV.toFixed(2);
  const over = association.multiValued ? `, over ${formatCount(association.n)} incidents rather than cells` : '';
  const effect =
    sparse === null
      ? `Cramér’s V = ${v}${over}: ${strengthWord(test.cramersV)} association`
      : `Cramér’s V = ${v}${over}, but too few incidents per cell to call its strength (${sparse})`;
  return { statistic: `X² = ${test.statistic.toFixed(2)}, df = ${test.df}`, p: `${pText} (${how})`, effect, sparse, pending };
}

/** Why a table has no test, in the words written where its result would be. */
const NO_TEST = {
  'no-observations': 'No test: the table has no incident with a real answer in both facets.',
  'single-row': 'No test: every counted incident falls in one row, so there is nothing to compare.',
  'single-column': 'No test: every counted incident falls in one column, so there is nothing to compare.',
} as const;

/**
 * The test as one line: "X² = 18.16, df = 4, p = 0.052 ± 0.004 (permutation test, 10,000
 * shuffles of whole option sets). Cramér’s V = 0.57, over 51 incidents rather than
 * cells: strong association.", or why there is none.
 */
export function associationLine(association: CrosstabAssociation, shuffled: PermutationResult | null): string {
  const verdict = associationVerdict(association, shuffled);
  if (verdict === null) return NO_TEST[association.result.reason ?? 'no-observations'];
  return `${verdict.statistic}, ${verdict.p}. ${verdict.effect}.`;
}
