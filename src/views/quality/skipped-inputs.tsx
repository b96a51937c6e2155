import type { SkippedRow } from '../../data/build-report-rows';
import { ShowMore, usePaged } from './show-more';

/** Every input the prebuild left out and why, with the line when the reason has one, a page of reasons at a time. */
export function SkippedInputs({ rows }: { readonly rows: readonly SkippedRow[] }) {
  const { shown, more } = usePaged();
  const listed = rows.slice(0, shown);
  return (
    <section className="quality-section" aria-labelledby="skipped-heading">
      <h2 id="skipped-heading">Skipped inputs</h2>
      {rows.length === 0 ? (
        <p className="muted">Every input was read.</p>
      ) : (
        <>
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
                {listed.map((row, i) => (
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
          <ShowMore shown={listed.length} total={rows.length} what="reasons" onMore={more} />
        </>
      )}
    </section>
  );
}
