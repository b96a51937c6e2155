import type { Postmortem } from '../../domain/schema';
import { POSTMORTEM_FIELD_IDS, POSTMORTEM_LABELS } from '../../domain/taxonomy';
import { CitationChips } from './citation-chips';
import { ReportText } from '../../components/report-text';
import { citationTargets, referenceAnchor } from './reference-anchors';

/** The postmortem analysis field by field, each a numbered list; an empty field says so rather than vanishing. */
export function PostmortemFields({ postmortem }: { readonly postmortem: Postmortem }) {
  const hrefOf = citationTargets(postmortem);
  return (
    <section className="incident-section" aria-labelledby="postmortem-heading">
      <h2 id="postmortem-heading">Postmortem analysis</h2>
      <dl className="field-list">
        {POSTMORTEM_FIELD_IDS.map((field) => {
          const items = postmortem[field];
          return (
            <div key={field} className="field-list__row">
              <dt>{POSTMORTEM_LABELS[field]}</dt>
              <dd>
                {items.length === 0 ? (
                  <span className="muted">Not stated</span>
                ) : (
                  <ol className="item-list">
                    {items.map((item, i) => (
                      <li key={i} id={field === 'references' ? referenceAnchor(i) : undefined}>
                        <ReportText text={item.text} /> <CitationChips ids={item.citations} hrefOf={field === 'references' ? () => null : hrefOf} />
                      </li>
                    ))}
                  </ol>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
