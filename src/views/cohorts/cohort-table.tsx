import type { CohortComparison, ComparisonSkipReason } from '../../analysis/cohort-comparison';
import { formatCount } from '../../components/format-count';
import { formatShare } from '../../components/format-share';
import { FACETS, FACET_DISPLAY_ORDER } from '../../domain/taxonomy';
import { pValueText, signedPoints } from '../../components/stat-text';
import { optionLabel } from '../../domain/option-label';
import { SKIP_REASON_WORDS } from '../../figures/cohort-test-words';

const SKIPPED: Record<ComparisonSkipReason, string> = {
  'empty-cohort': `not tested: ${SKIP_REASON_WORDS['empty-cohort']}`,
  'absent-from-both': `not tested: ${SKIP_REASON_WORDS['absent-from-both']}`,
  gap: `not tested: ${SKIP_REASON_WORDS.gap}`,
  'defines-cohorts': `${SKIP_REASON_WORDS['defines-cohorts']}: not tested`,
};

/** Every option of every facet in both cohorts, the difference, interval and tests: the plot's numbers, and the untested ones. */
export function CohortTable({ comparison }: { readonly comparison: CohortComparison }) {
  return (
    <div className="table-scroll">
      <table className="numbers-table">
        <caption>Cohort B against cohort A, option by option</caption>
        <thead>
          <tr>
            <th scope="col">Facet</th>
            <th scope="col">Option</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
            <th scope="col">B − A</th>
            <th scope="col">95% interval</th>
            <th scope="col">p</th>
            <th scope="col">Adjusted p</th>
          </tr>
        </thead>
        <tbody>
          {FACET_DISPLAY_ORDER.flatMap((facet) =>
            comparison.facets[facet].options.map((o) => (
              <tr key={`${facet}:${o.option}`} className={o.significant ? 'numbers-table__significant' : undefined}>
                <th scope="row">
                  {FACETS[facet].name}
                  {comparison.facets[facet].definesCohorts ? ' (defines the cohorts)' : ''}
                </th>
                <td className="numbers-table__text">{optionLabel(facet, o.option)}</td>
                <td>
                  {formatCount(o.a.count)} of {formatCount(o.a.n)} ({formatShare(o.a.share)})
                </td>
                <td>
                  {formatCount(o.b.count)} of {formatCount(o.b.n)} ({formatShare(o.b.share)})
                </td>
                {o.skipped === 'defines-cohorts' && o.difference !== null && o.low !== null && o.high !== null ? (
                  <>
                    <td>{signedPoints(o.difference)}</td>
                    <td>
                      {signedPoints(o.low)} to {signedPoints(o.high)}
                    </td>
                    <td colSpan={2} className="numbers-table__text">
                      {SKIPPED['defines-cohorts']}
                    </td>
                  </>
                ) : o.skipped !== null || o.difference === null || o.low === null || o.high === null ? (
                  <td colSpan={4} className="numbers-table__text">
                    {SKIPPED[o.skipped ?? 'empty-cohort']}
                  </td>
                ) : (
                  <>
                    <td>{signedPoints(o.difference)}</td>
                    <td>
                      {signedPoints(o.low)} to {signedPoints(o.high)}
                    </td>
                    <td>{pValueText(o.pValue ?? 1)}</td>
                    <td>
                      {pValueText(o.adjustedP ?? 1)}
                      {o.significant ? ' (significant)' : ''}
                    </td>
                  </>
                )}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
