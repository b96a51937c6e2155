import { formatCount } from '../../components/format-count';
import { formatShare } from '../../components/format-share';
import { FACETS } from '../../domain/taxonomy';
import type { GapRow } from './quality-rows';

const cell = (share: number | null, count: number): string => `${formatShare(share)} (${formatCount(count)})`;

/**
 * Per facet, how many incidents answer only "unknown", how many have "unknown" at all,
 * and how many are not analysed. Both meanings of unknown are named, as on the overview:
 * its unknown bar counts any unknown, its "left out" counts only unknown.
 */
export function GapTable({ rows }: { readonly rows: readonly GapRow[] }) {
  return (
    <section className="quality-section" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">Gaps per facet</h2>
      <p className="muted">
        Shares of all incidents. Only unknown: unknown is the facet’s one answer (left out of N when gaps are left out). Any
        unknown: unknown alone or beside an option (the overview’s unknown bar).
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Facet</th>
              <th scope="col" className="numeric">
                Only unknown
              </th>
              <th scope="col" className="numeric">
                Any unknown
              </th>
              <th scope="col" className="numeric">
                Not analysed
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.facet}>
                <th scope="row">{FACETS[row.facet].name}</th>
                <td className="numeric">{cell(row.unknownOnlyShare, row.unknownOnly)}</td>
                <td className="numeric">{cell(row.anyUnknownShare, row.anyUnknown)}</td>
                <td className="numeric">{cell(row.notAnalysedShare, row.notAnalysed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
