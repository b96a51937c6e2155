import { NOT_ANALYSED } from '../../domain/gap-keys';
import { OptionChip } from '../../components/option-chip';
import type { Facets, Rationale } from '../../domain/schema';
import { FACETS, FACET_DISPLAY_ORDER } from '../../domain/taxonomy';
import { ReportText } from '../../components/report-text';

interface FacetClassificationProps {
  readonly facets: Facets;
  readonly rationale: Rationale;
}

/**
 * Every facet in display order with its options and the report's reasoning. An empty
 * facet shows a "not analysed" chip, never nothing, so a gap reads as a gap.
 */
export function FacetClassification({ facets, rationale }: FacetClassificationProps) {
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
                {reason !== null && reason !== '' && (
                  <p className="rationale">
                    <ReportText text={reason} />
                  </p>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
