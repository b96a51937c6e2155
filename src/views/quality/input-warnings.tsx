import type { WarningGroup } from '../../data/build-report-rows';
import { ShowMore, usePaged } from './show-more';

/** Problems in inputs that were still used, grouped under the input they came from, a page of inputs at a time. */
export function InputWarnings({ groups }: { readonly groups: readonly WarningGroup[] }) {
  const { shown, more } = usePaged();
  const listed = groups.slice(0, shown);
  return (
    <section className="quality-section" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">Warnings</h2>
      {groups.length === 0 ? (
        <p className="muted">No input raised a warning.</p>
      ) : (
        <>
          {listed.map((group) => (
            <div key={group.source} className="warning-group">
              <h3 className="warning-group__source">
                <code>{group.source}</code>
              </h3>
              <ul className="plain-list">
                {group.diagnostics.map((d, i) => (
                  <li key={i}>
                    <span className={`level level--${d.level}`}>{d.level}</span>
                    {d.line !== null && <span className="muted"> line {d.line}:</span>} {d.message}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <ShowMore shown={listed.length} total={groups.length} what="inputs with warnings" onMore={more} />
        </>
      )}
    </section>
  );
}
