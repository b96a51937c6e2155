import type { CohortComparison } from '../../analysis/cohort-comparison';
import { formatCount } from '../../components/format-count';
import { FACETS } from '../../domain/taxonomy';

/**
 * What to know before trusting the comparison: small cohorts, shared incidents, how the
 * many tests were adjusted, and what a share of a multi-valued facet means.
 */
export function CohortNotes({ comparison }: { readonly comparison: CohortComparison }) {
  return (
    <ul className="comparison-notes">
      {comparison.notes.map((note) =>
        note.kind === 'small-cohort' ? (
          <li key={`small-${note.cohort}`}>
            <strong>Small cohort:</strong> cohort {note.cohort.toUpperCase()} has {note.size} incidents (fewer than {note.threshold}), so its
            intervals are wide and few differences can reach significance.
          </li>
        ) : (
          <li key="overlap">
            <strong>Overlapping cohorts:</strong> {formatCount(note.incidents)} incidents are in both. The tests assume independent samples; shared
            incidents make the cohorts look more alike than they are.
          </li>
        ),
      )}
      {comparison.definingFacets.length > 0 && (
        <li>
          <strong>Defines the cohorts:</strong> {comparison.definingFacets.map((facet) => FACETS[facet].name).join(' and ')}{' '}
          {comparison.definingFacets.length === 1 ? 'is' : 'are'} used by the cohorts’ own filters, so the cohorts differ there by
          construction. {comparison.definingFacets.length === 1 ? 'Its' : 'Their'} options are shown with their differences but not
          tested, and left out of the adjustment of the others.
        </li>
      )}
      <li>
        Filled dots are significant after the Benjamini–Hochberg adjustment across the family of {formatCount(comparison.tests)} tested
        comparisons (false discovery rate {Math.round(comparison.alpha * 100)}%). An interval may exclude 0 for a difference that is not significant
        once the many comparisons are accounted for. Intervals are Newcombe’s 95% intervals; p-values come from the two-proportion
        z-test, or Fisher’s exact test where counts are small.
      </li>
      <li>
        Shares are of each cohort’s incidents{comparison.excludeGaps ? ' with the facet analysed and answered (unknown and not analysed are left out of N)' : ''}.
        Facets are multi-valued, so a facet’s shares can sum past 100%. Options in neither cohort are not drawn.
      </li>
    </ul>
  );
}
