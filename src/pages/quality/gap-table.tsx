import { formatShare } from '../../components/format-share';
import { FACETS } from '../../domain/taxonomy';
import type { GapRow } from './quality-rows';

/** Per facet, how many incidents answer only "unknown" and how many are not analysed at all. */
export function GapTable({ rows }: { readonly rows: readonly GapRow[] }) {
  return (
    <section className="quality-section" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">Gaps per facet</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Facet</th>
              <th scope="col" className="numeric">
                Unknown
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
                <td className="numeric">
                  {formatShare(row.unknownShare)} <span className="muted">({row.unknown})</span>
                </td>
                <td className="numeric">
                  {formatShare(row.notAnalysedShare)} <span className="muted">({row.notAnalysed})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
