import type { Iot } from '../../domain/schema';
import { IOT_LAYERS, IOT_LAYER_IDS } from '../../domain/taxonomy';
import { ReportProse } from '../../components/report-prose';
import { ReportText } from '../../components/report-text';

/** The IoT system layers, shown only when the report filled at least one: most leave them all empty. */
export function IotLayers({ iot, citationHref }: { readonly iot: Iot; readonly citationHref: (id: string) => string | null }) {
  const filled = IOT_LAYER_IDS.filter((layer) => iot[layer].options.length > 0);
  if (filled.length === 0) return null;
  return (
    <section className="incident-section" aria-labelledby="iot-heading">
      <h2 id="iot-heading">IoT system layers</h2>
      <dl className="field-list">
        {filled.map((layer) => (
          <div key={layer} className="field-list__row">
            <dt>{IOT_LAYERS[layer].label}</dt>
            <dd>
              <span className="chips">
                {iot[layer].options.map((option) => (
                  <span key={option} className="chip chip--plain">
                    <ReportText text={option.replace(/_/g, ' ')} />
                  </span>
                ))}
              </span>
              {iot[layer].rationale && <ReportProse className="rationale" text={iot[layer].rationale} citationHref={citationHref} />}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
