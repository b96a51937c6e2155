import type { IncidentDraft, Kind } from '../../src/domain/schema';
import { FACET_IDS, IOT_LAYER_IDS, POSTMORTEM_FIELD_IDS } from '../../src/domain/taxonomy';

function mapKeys<K extends string, V>(keys: readonly K[], value: () => V): Record<K, V> {
  const record = {} as Record<K, V>;
  for (const key of keys) record[key] = value();
  return record;
}

/**
 * A draft with every facet empty ("not analysed"), every postmortem field empty and no
 * IoT layer: the starting point every parser fills in.
 */
export function emptyDraft(kind: Kind, title: string): IncidentDraft {
  return {
    kind,
    title,
    published: null,
    failId: null,
    articleIds: [],
    organizations: [],
    summary: null,
    facets: mapKeys(FACET_IDS, () => []),
    rationale: mapKeys(FACET_IDS, () => null),
    postmortem: mapKeys(POSTMORTEM_FIELD_IDS, () => []),
    iot: mapKeys(IOT_LAYER_IDS, () => ({ options: [], rationale: null })),
    links: [],
    article: null,
  };
}
