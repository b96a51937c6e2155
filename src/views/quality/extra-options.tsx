import { formatCount } from '../../components/format-count';
import { FACETS } from '../../domain/taxonomy';
import type { ExtraOptionRow } from './quality-rows';

/** Options reports wrote that the taxonomy does not know: typos or new categories to decide on. */
export function ExtraOptions({ rows }: { readonly rows: readonly ExtraOptionRow[] }) {
  return (
    <section className="quality-section" aria-labelledby="extra-options-heading">
      <h2 id="extra-options-heading">Options outside the vocabulary</h2>
      {rows.length === 0 ? (
        <p className="muted">Every option is in the taxonomy.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Facet</th>
                <th scope="col">Option</th>
                <th scope="col" className="numeric">
                  Incidents
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.facet}:${row.option}`}>
                  <td>{FACETS[row.facet].name}</td>
                  <td>
                    <code>{row.option}</code>
                  </td>
                  <td className="numeric">{formatCount(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
