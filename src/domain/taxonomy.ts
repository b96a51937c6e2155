/**
 * The failure taxonomy, defined once. The prebuild uses it to read reports and the app
 * uses it to label, order and colour everything it draws. Option ids are the exact
 * spelling reports use; `unknown` is an answer ("the articles don't say") and is kept
 * apart from an empty facet ("not analysed yet").
 */

export interface OptionDef {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

export interface FacetDef {
  readonly id: string;
  /** The row label as it appears on a FAIL incident page. */
  readonly label: string;
  /** The short name used on charts. */
  readonly name: string;
  readonly section: 'fault' | 'other';
  readonly question: string;
  readonly options: readonly OptionDef[];
}

export const UNKNOWN = 'unknown';

const opt = (id: string, description: string, label = id.replace(/_/g, ' ')): OptionDef => ({
  id,
  label,
  description,
});

/** Facet ids in the order the reports list them. */
export const FACET_IDS = [
  'recurring',
  'phase',
  'boundary',
  'nature',
  'dimension',
  'objective',
  'intent',
  'capability',
  'duration',
  'behaviour',
  'consequence',
  'domain',
] as const;

export type FacetId = (typeof FACET_IDS)[number];

export const FACETS: Readonly<Record<FacetId, FacetDef>> = {
  recurring: {
    id: 'recurring',
    label: 'Recurring',
    name: 'Recurring',
    section: 'fault',
    question: 'Has a similar incident happened before or again?',
    options: [
      opt('one_organization', 'A similar incident happened before or again at the same organization'),
      opt('multiple_organization', 'A similar incident happened at other organizations'),
    ],
  },
  phase: {
    id: 'phase',
    label: 'Phase (Design/Operation)',
    name: 'Phase',
    section: 'fault',
    question: 'When was the fault introduced?',
    options: [
      opt('design', 'Introduced while building, updating or setting up procedures'),
      opt('operation', 'Introduced by running or misusing the system'),
    ],
  },
  boundary: {
    id: 'boundary',
    label: 'Boundary (Internal/External)',
    name: 'Boundary',
    section: 'fault',
    question: 'Where did the fault originate?',
    options: [
      opt('within_system', 'The fault originates inside the system'),
      opt('outside_system', 'The fault originates outside it: attackers, environment, third parties'),
    ],
  },
  nature: {
    id: 'nature',
    label: 'Nature (Human/Non-human)',
    name: 'Nature',
    section: 'fault',
    question: 'Was the fault introduced by people?',
    options: [
      opt('human_actions', 'Introduced by people'),
      opt('non-human_actions', 'Introduced without human participation'),
    ],
  },
  dimension: {
    id: 'dimension',
    label: 'Dimension (Hardware/Software)',
    name: 'Dimension',
    section: 'fault',
    question: 'Does the fault originate in hardware or software?',
    options: [
      opt('hardware', 'Originates in hardware'),
      opt('software', 'Originates in software'),
    ],
  },
  objective: {
    id: 'objective',
    label: 'Objective (Malicious/Non-malicious)',
    name: 'Objective',
    section: 'fault',
    question: 'Was the fault introduced with intent to harm?',
    options: [
      opt('malicious', 'Introduced with intent to harm'),
      opt('non-malicious', 'Introduced without intent to harm'),
    ],
  },
  intent: {
    id: 'intent',
    label: 'Intent (Poor/Accidental Decisions)',
    name: 'Intent',
    section: 'fault',
    question: 'Was it a bad decision or a mistake?',
    options: [
      opt('poor_decisions', 'A bad decision'),
      opt('accidental_decisions', 'A mistake or unintended decision'),
    ],
  },
  capability: {
    id: 'capability',
    label: 'Capability (Incompetence/Accidental)',
    name: 'Capability',
    section: 'fault',
    question: 'Was it incompetence or pure accident?',
    options: [
      opt('development_incompetence', 'Lack of professional competence'),
      opt('accidental', 'Pure accident'),
    ],
  },
  duration: {
    id: 'duration',
    label: 'Duration',
    name: 'Duration',
    section: 'fault',
    question: 'Is the fault present in all circumstances?',
    options: [
      opt('permanent', 'Present in all circumstances'),
      opt('temporary', 'Present only in some circumstances'),
    ],
  },
  behaviour: {
    id: 'behaviour',
    label: 'Behaviour',
    name: 'Behaviour',
    section: 'fault',
    question: 'How did the system behave?',
    options: [
      opt('crash', 'Lost state and stopped'),
      opt('omission', 'Skipped a function at some instant'),
      opt('timing', 'Right result, too early or too late'),
      opt('value', 'Wrong result'),
      opt('byzantine', 'Inconsistent responses'),
      opt('other', 'Anything else'),
    ],
  },
  consequence: {
    id: 'consequence',
    label: 'Consequence',
    name: 'Consequence',
    section: 'other',
    question: 'What did the failure lead to?',
    options: [
      opt('death', 'People lost their lives'),
      opt('harm', 'People were physically harmed'),
      opt('basic', 'Access to food or shelter was affected'),
      opt('property', 'Goods, money or data were affected'),
      opt('delay', 'People had to postpone an activity'),
      opt('non-human', 'Non-human entities were affected'),
      opt('no_consequence', 'No real consequence'),
      opt('theoretical_consequence', 'Consequences that could have happened'),
      opt('other', 'Anything else'),
    ],
  },
  domain: {
    id: 'domain',
    label: 'Domain',
    name: 'Domain',
    section: 'other',
    question: 'Which industry did the failed system serve?',
    options: [
      opt('information', 'Information and communication'),
      opt('transportation', 'Transportation'),
      opt('natural_resources', 'Natural resources'),
      opt('sales', 'Sales'),
      opt('construction', 'Construction'),
      opt('manufacturing', 'Manufacturing'),
      opt('utilities', 'Utilities'),
      opt('finance', 'Finance'),
      opt('knowledge', 'Education, research, space'),
      opt('health', 'Health, including insurance and food'),
      opt('entertainment', 'Arts, sports, hospitality, tourism'),
      opt('government', 'Politics, defense, justice, public services'),
      opt('other', 'Anything else'),
    ],
  },
};

/** The order the dashboard shows facets in: the four most asked-about first. */
export const FACET_DISPLAY_ORDER: readonly FacetId[] = [
  'phase',
  'boundary',
  'nature',
  'domain',
  'objective',
  'intent',
  'capability',
  'dimension',
  'duration',
  'behaviour',
  'consequence',
  'recurring',
];

export const IOT_LAYER_IDS = ['cps', 'perception', 'communication', 'application'] as const;
export type IotLayerId = (typeof IOT_LAYER_IDS)[number];

export interface IotLayerDef {
  readonly id: IotLayerId;
  readonly label: string;
  readonly options: readonly string[];
}

/**
 * IoT system layers. `cps` only comes from CSV exports; `application` is written
 * `true`/`false` on pages and `application` in exports, so all three are accepted.
 */
export const IOT_LAYERS: Readonly<Record<IotLayerId, IotLayerDef>> = {
  cps: { id: 'cps', label: 'CPS', options: ['cps'] },
  perception: {
    id: 'perception',
    label: 'Perception',
    options: ['sensor', 'actuator', 'processing_unit', 'network_communication', 'embedded_software'],
  },
  communication: {
    id: 'communication',
    label: 'Communication',
    options: ['link_level', 'connectivity_level'],
  },
  application: { id: 'application', label: 'Application', options: ['true', 'false', 'application'] },
};

export const POSTMORTEM_FIELD_IDS = [
  'timeline',
  'system',
  'responsibleOrganization',
  'impactedOrganization',
  'softwareCauses',
  'nonSoftwareCauses',
  'impacts',
  'preventions',
  'fixes',
  'references',
] as const;

export type PostmortemFieldId = (typeof POSTMORTEM_FIELD_IDS)[number];

/** Row labels of the "Postmortem Analysis" section, as pages write them. */
export const POSTMORTEM_LABELS: Readonly<Record<PostmortemFieldId, string>> = {
  timeline: 'Timeline',
  system: 'System',
  responsibleOrganization: 'Responsible Organization',
  impactedOrganization: 'Impacted Organization',
  softwareCauses: 'Software Causes',
  nonSoftwareCauses: 'Non-software Causes',
  impacts: 'Impacts',
  preventions: 'Preventions',
  fixes: 'Fixes',
  references: 'References',
};

/** Whether `option` belongs to the facet's vocabulary (`unknown` always does). */
export function isKnownOption(facet: FacetId, option: string): boolean {
  return option === UNKNOWN || FACETS[facet].options.some((o) => o.id === option);
}

/** Whether `option` belongs to the IoT layer's vocabulary (`unknown` always does). */
export function isKnownLayerOption(layer: IotLayerId, option: string): boolean {
  return option === UNKNOWN || IOT_LAYERS[layer].options.includes(option);
}
