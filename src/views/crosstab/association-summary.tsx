import type { PermutationResult } from '../../analysis/statistics/set-permutation-test';
import { FACETS } from '../../domain/taxonomy';
import type { CrosstabCells } from '../../figures/crosstab-cells';
import { associationVerdict } from '../../figures/association-verdict';
import { NOTABLE_RESIDUAL } from '../../figures/crosstab-cells';
import { formatCount } from '../../components/format-count';

const SKIPPED = {
  'no-observations': 'No test: the table has no incident with a real answer in both facets.',
  'single-row': 'No test: every counted incident falls in one row, so there is nothing to compare.',
  'single-column': 'No test: every counted incident falls in one column, so there is nothing to compare.',
} as const;


/**
 * The test of the table in plain words: one verdict line holding the statistic, the
 * p-value with its method, and Cramér's V with its caveat, then what the expected counts,
 * residuals and methods mean. `shuffled` is the Monte-Carlo result, null while it runs.
 */
export function AssociationSummary({ figures, shuffled }: { readonly figures: CrosstabCells; readonly shuffled: PermutationResult | null }) {
  const { association, table } = figures;
  const { test, reason } = association.result;
  const verdict = associationVerdict(association, shuffled);
  const colName = FACETS[table.colFacet].name.toLowerCase();
  const n = formatCount(association.n);
  return (
    <div className="association" role="group" aria-label="Association">
      {test === null || verdict === null ? (
        <p className="association__headline">{reason === null ? SKIPPED['no-observations'] : SKIPPED[reason]}</p>
      ) : (
        <p className="association__headline" aria-live="polite" aria-busy={verdict.pending}>
          {verdict.statistic}, {verdict.p}. {verdict.effect}.
        </p>
      )}
      <ul className="comparison-notes">
        <li>
          Expected counts are what independence predicts over the {n} incidents with a real answer in both facets: row total × column
          total ÷ {n}, the totals counting those incidents (each cell’s details show its numbers).
          {!table.excludeGaps && association.n !== table.n
            ? ` The “All” margins drawn also count incidents whose other facet is unknown or not analysed, so they can be larger.`
            : ''}{' '}
          The adjusted residual scales observed − expected to be roughly standard normal, so beyond ±{NOTABLE_RESIDUAL} a cell departs
          from independence at the 5% level (cell by cell, not corrected for the number of cells). Outlined cells: solid, more incidents
          than predicted; dashed, fewer.
        </li>
        {test !== null && verdict?.sparse && (
          <li>
            {verdict.sparse}: too few for the chi-square distribution
            {association.method === 'chi-square' ? '' : ', so the p-value does not rely on it'}, and the residuals are rough.
          </li>
        )}
        {association.multiValued && (
          <li>
            Several options per incident: the {n} incidents make {formatCount(association.pairs)} incident–option pairs, and an incident
            counts in every cell its options touch, so the cells are not independent and the chi-square distribution does not give the
            p-value. The permutation test hands each incident’s whole set of {colName} options to another incident at random (every option
            keeps its number of incidents), recounts X² and says how often it reaches the observed one; seeded, so the same data give the
            same p, and ± is the 95% Monte-Carlo margin. Cramér’s V is √(X² ÷ ({n} × (min(rows, columns) − 1))) on incidents: 0 when the
            option sets are independent, capped at 1; with several options per incident read it as a rough strength.
          </li>
        )}
        <li>The test compares real answers only: unknown and not analysed are left out of it.</li>
      </ul>
    </div>
  );
}
