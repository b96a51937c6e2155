import type { CohortComparison, CohortNote, OptionComparison } from '../../analysis/cohort-comparison';
import { countOf, formatCount, incidentCount } from '../../components/format-count';
import { formatShare } from '../../components/format-share';
import { signedPoints } from '../../components/stat-text';
import { barLabel } from '../../domain/option-label';
import { FACET_DISPLAY_ORDER, FACETS } from '../../domain/taxonomy';

/** Options a facet lists at most, largest differences first: the rest are in the cohort view's full table. */
const PER_FACET = 5;

function shareText(count: number, n: number, share: number | null): string {
  return `${formatShare(share)} (${formatCount(count)} of ${formatCount(n)})`;
}

function verdict(option: OptionComparison): string {
  if (option.skipped !== null) return 'not tested';
  return option.significant ? 'significant' : 'not significant';
}

/**
 * The organization's incidents against the rest of the selection, facet by facet: each
 * option's share in both, the difference in points with its 95% interval, and whether
 * it stays significant once every option of every facet is adjusted for together
 * (Benjamini–Hochberg). Cohort B of the comparison is the organization, A the rest.
 */
export function OrganizationProfile({ comparison, name }: { readonly comparison: CohortComparison; readonly name: string }) {
  const small = comparison.notes.find((note): note is Extract<CohortNote, { kind: 'small-cohort' }> => note.kind === 'small-cohort' && note.cohort === 'b');
  const heading = <h2 id="organization-profile-heading">How its incidents differ from the rest</h2>;
  // The page drops its own organization filter, but a search or other filters can still leave only its incidents.
  if (comparison.sizeA === 0) {
    return (
      <section className="organization-profile" aria-labelledby="organization-profile-heading">
        {heading}
        <p className="muted">No other incident is in the selection, so there is nothing to compare its incidents with.</p>
      </section>
    );
  }
  const tested = comparison.tests === 0 ? 'No option could be tested' : `${countOf(comparison.tests, 'option is', 'options are')} tested and adjusted together (Benjamini–Hochberg)`;
  return (
    <section className="organization-profile" aria-labelledby="organization-profile-heading">
      {heading}
      <p className="muted">
        For each facet, the options whose share differs most between the {incidentCount(comparison.sizeB)} naming <bdi>{name}</bdi> and the other {incidentCount(comparison.sizeA)} of the selection;
        the difference is in percentage points with its 95% interval. {tested}.
      </p>
      {small && (
        <p className="organization-profile__warning" role="note">
          Small sample: {incidentCount(small.size)}, under {formatCount(small.threshold)}. Intervals are wide and few differences can reach significance.
        </p>
      )}
      <div className="organization-profile__grid">
        {FACET_DISPLAY_ORDER.map((facet) => {
          const { options, nA, nB } = comparison.facets[facet];
          const shown = options.filter((o) => o.a.count > 0 || o.b.count > 0).slice(0, PER_FACET);
          if (shown.length === 0) return null;
          return (
            <div key={facet} className="organization-profile__table-wrap">
            <table className="data-table organization-profile__table">
              <caption>
                {FACETS[facet].name}
                <span className="muted">
                  {' '}
                  ({formatCount(nB)} vs {formatCount(nA)} incidents)
                </span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">Option</th>
                  <th scope="col">This organization</th>
                  <th scope="col">The rest</th>
                  <th scope="col">Difference</th>
                  <th scope="col">After adjustment</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((o) => (
                  <tr key={o.option} className={o.significant ? 'organization-profile__row--significant' : undefined}>
                    <th scope="row">{barLabel(facet, o.option)}</th>
                    <td className="numeric">{shareText(o.b.count, o.b.n, o.b.share)}</td>
                    <td className="numeric">{shareText(o.a.count, o.a.n, o.a.share)}</td>
                    <td className="numeric">
                      {o.difference === null ? '—' : signedPoints(o.difference)}
                      {o.low !== null && o.high !== null && (
                        <span className="muted">
                          {' '}
                          [{signedPoints(o.low)}, {signedPoints(o.high)}]
                        </span>
                      )}
                    </td>
                    <td>{verdict(o)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          );
        })}
      </div>
    </section>
  );
}
