import type { WarningGroup, WarningKind } from '../../data/build-report-rows';
import { ShowMore, usePaged } from './show-more';
import { WarningKinds } from './warning-kinds';

/**
 * Problems in inputs that were still used: how many inputs raised each kind, then each
 * input's own, grouped under it, a page of inputs at a time.
 */
export function InputWarnings({ groups, kinds }: { readonly groups: readonly WarningGroup[]; readonly kinds: readonly WarningKind[] }) {
  const { shown, more } = usePaged();
  const listed = groups.slice(0, shown);
  return (
    <section className="quality-section" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">Warnings</h2>
      {groups.length === 0 ? (
        <p className="muted">No input raised a warning.</p>
      ) : (
        <>
          <WarningKinds kinds={kinds} />
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
