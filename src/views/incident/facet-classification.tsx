import { NOT_ANALYSED } from '../../domain/gap-keys';
import { OptionChip } from '../../components/option-chip';
import type { Facets, Rationale } from '../../domain/schema';
import { FACETS, FACET_DISPLAY_ORDER } from '../../domain/taxonomy';
import { ReportProse } from '../../components/report-prose';

interface FacetClassificationProps {
  readonly facets: Facets;
  readonly rationale: Rationale;
  /** Where a citation in a rationale leads: its item in the References list, or nowhere. */
  readonly citationHref: (id: string) => string | null;
}

/**
 * Every facet in display order with its options and the report's reasoning. An empty
 * facet shows a "not analysed" chip, never nothing, so a gap reads as a gap.
 */
export function FacetClassification({ facets, rationale, citationHref }: FacetClassificationProps) {
  return (
    <section className="incident-section" aria-labelledby="classification-heading">
      <h2 id="classification-heading">Classification</h2>
      <dl className="field-list">
        {FACET_DISPLAY_ORDER.map((facet) => {
          const options = facets[facet].length === 0 ? [NOT_ANALYSED] : facets[facet];
          const reason = rationale[facet];
          return (
            <div key={facet} className="field-list__row">
              <dt title={FACETS[facet].question}>{FACETS[facet].name}</dt>
              <dd>
                <span className="chips">
                  {options.map((option) => (
                    <OptionChip key={option} facet={facet} option={option} />
                  ))}
                </span>
                {reason !== null && reason !== '' && <ReportProse className="rationale" text={reason} citationHref={citationHref} />}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
