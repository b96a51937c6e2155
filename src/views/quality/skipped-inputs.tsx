import type { SkippedRow } from '../../data/build-report-rows';

/** Every input the prebuild left out and why, with the line when the reason has one. */
export function SkippedInputs({ rows }: { readonly rows: readonly SkippedRow[] }) {
  return (
    <section className="quality-section" aria-labelledby="skipped-heading">
      <h2 id="skipped-heading">Skipped inputs</h2>
      {rows.length === 0 ? (
        <p className="muted">Every input was read.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col" className="numeric">
                  Line
                </th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  <td>
                    <code>{row.source}</code>
                  </td>
                  <td className="numeric">{row.line ?? '–'}</td>
                  <td>
                    <span className={`level level--${row.level}`}>{row.level}</span> {row.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
