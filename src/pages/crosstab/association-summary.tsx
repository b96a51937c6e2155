import type { CrosstabFigures } from './crosstab-figures';
import { pValueText, strengthWord } from '../comparison/stat-text';
import { NOTABLE_RESIDUAL } from './crosstab-heatmap';

const SKIPPED = {
  'no-observations': 'No test: the table has no incident with a real answer in both facets.',
  'single-row': 'No test: every counted incident falls in one row, so there is nothing to compare.',
  'single-column': 'No test: every counted incident falls in one column, so there is nothing to compare.',
} as const;

/**
 * The chi-square test of the table in plain words: the statistic, df, p-value and
 * Cramér's V, whether Cochran's rule holds, and why the test is only approximate when
 * incidents have several options.
 */
export function AssociationSummary({ figures }: { readonly figures: CrosstabFigures }) {
  const { association, table } = figures;
  const { test, reason } = association.result;
  return (
    <div className="association" role="group" aria-label="Association">
      {test === null ? (
        <p className="association__headline">{SKIPPED[reason]}</p>
      ) : (
        <p className="association__headline">
          χ² = {test.statistic.toFixed(2)}, df = {test.df}, {pValueText(test.pValue)}; Cramér’s V = {test.cramersV.toFixed(2)} (
          {strengthWord(test.cramersV)} association).
        </p>
      )}
      <ul className="comparison-notes">
        <li>
          Expected counts are what independence predicts from the margins (row total × column total ÷ N). The adjusted
          residual scales observed − expected to be roughly standard normal, so beyond ±{NOTABLE_RESIDUAL} a cell departs from
          independence at the 5% level (cell by cell, not corrected for the number of cells). Outlined cells: solid, more
          incidents than predicted; dashed, fewer.
        </li>
        {test !== null && !test.validity.reliable && (
          <li>
            <strong>Too few expected counts for the test to hold:</strong> {test.validity.expectedBelowFive} of {test.validity.cells}{' '}
            expected counts are below 5{test.validity.anyExpectedBelowOne ? ' and some below 1' : ''} (Cochran’s rule allows at most
            20% below 5 and none below 1). Read the p-value as rough.
          </li>
        )}
        <li>
          <strong>Multi-valued facets:</strong> the table counts {table.n} incidents as {table.pairs} incident–option pairs. An incident
          with two options is counted once in each cell it touches, so cells are not independent observations and the test is
          approximate, its p-value too small. Read it, and the residuals, as where the pairs concentrate.
        </li>
        <li>The test compares real answers only: the unknown and not analysed lines are left out of it ({association.pairs} pairs tested).</li>
      </ul>
    </div>
  );
}
