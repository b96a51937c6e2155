import { useMemo } from 'react';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';
import { formatCount } from '../../components/format-count';
import { FACETS } from '../../domain/taxonomy';
import { optionLabel } from '../../domain/option-label';
import type { LabelledIndex } from '../../domain/label-column';
import { contradictoryLabels } from './quality-rows';
import { ReportText } from '../../components/report-text';
import { ShowMore, usePaged } from './show-more';

/**
 * Incidents labelled both an option and "unknown" in one facet, each linked to its
 * incident: the report says it cannot tell and tells at once, so one of the two labels
 * needs fixing at the source. All are counted; the table lists a page of them at a
 * time, more on request.
 */
export function ContradictoryLabels({ index }: { readonly index: LabelledIndex }) {
  const { state } = useUrlState();
  const { shown, more } = usePaged();
  const { total, rows } = useMemo(() => contradictoryLabels(index, shown), [index, shown]);
  return (
    <section className="quality-section" aria-labelledby="contradictory-heading">
      <h2 id="contradictory-heading">Contradictory labels</h2>
      {total === 0 ? (
        <p className="muted">No facet holds both unknown and an option.</p>
      ) : (
        <>
          <p className="muted">
            {total === 1 ? 'One incident’s facet holds' : `${formatCount(total)} times an incident’s facet holds`} both
            unknown and an option. Such an incident counts under its option, under any unknown, and in N.
          </p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Facet</th>
                  <th scope="col">Incident</th>
                  <th scope="col">Labels</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.facet}:${row.id}`}>
                    <td>{FACETS[row.facet].name}</td>
                    <td>
                      <UrlLink to={{ ...state, view: 'incident', id: row.id }}>
                        <ReportText text={row.title} />
                      </UrlLink>
                    </td>
                    <td>{row.options.map((option) => optionLabel(row.facet, option)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ShowMore shown={rows.length} total={total} onMore={more} />
        </>
      )}
    </section>
  );
}
