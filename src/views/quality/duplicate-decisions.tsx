import type { AppliedDecision, DuplicateDecisionsReport } from '../../domain/schema';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';
import { wholePercent } from '../../components/format-share';
import { PairTitles } from './possible-duplicates';
import { DECISIONS_FILE } from './duplicate-rows';

/** “B” merged into A, A linked; both titles when they went into a third incident, merged with either. */
function Merged({ decision, kept }: { readonly decision: AppliedDecision; readonly kept: string }) {
  const { state } = useUrlState();
  const at = decision.incidents.indexOf(kept);
  const gone = at < 0 ? decision.titles.join('” and “') : decision.titles[1 - at];
  return (
    <>
      “{gone}” merged into <UrlLink to={{ ...state, view: 'incident', id: kept }}>{at < 0 ? kept : decision.titles[at]}</UrlLink>
    </>
  );
}

/** Decisions the build applied, merged or kept apart, with their notes, and those to check: unreadable, stale or repeated. */
export function DuplicateDecisions({ report }: { readonly report: DuplicateDecisionsReport | undefined }) {
  const { applied = [], problems = [], files = [] } = report ?? {};
  return (
    <section className="quality-section" aria-labelledby="duplicate-decisions-heading">
      <h2 id="duplicate-decisions-heading">Duplicate decisions</h2>
      {files.length === 0 ? (
        <p className="muted">No {DECISIONS_FILE} was read: no possible duplicate has been decided.</p>
      ) : applied.length === 0 ? (
        <p className="muted">{files.join(', ')} holds no decision this build could apply.</p>
      ) : (
        <ul className="plain-list duplicate-decisions">
          {applied.map((d) => (
            <li key={`${d.source} ${d.line}`}>
              <span className="decision-tag">{d.decision === 'merge' ? 'merged' : 'kept apart'}</span>{' '}
              {d.kept === null ? <PairTitles incidents={d.incidents} titles={d.titles} /> : <Merged decision={d} kept={d.kept} />}
              {d.containment !== null && <span className="muted"> ({wholePercent(d.containment)} of the shorter text shared)</span>}
              {d.note !== null && d.note !== '' && <span className="decision-note"> — {d.note}</span>}
              <span className="muted">
                {' '}
                ({d.source} line {d.line})
              </span>
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <>
          <h3>Decisions to check</h3>
          <ul className="plain-list">
            {problems.map((p, i) => (
              <li key={i}>
                <span className={`level level--${p.level}`}>{p.level}</span> <code>{p.source}</code>
                {p.line !== null && <span className="muted"> line {p.line}:</span>} {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
