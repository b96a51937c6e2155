import type { FacetPanel, FacetTally } from '../../src/analysis/facet-counts';

/**
 * The Phase panel over 40 incidents (filtered) against 100 (all): design 30, operation
 * 12, unknown 2, one option outside the vocabulary, 5 not analysed. Shares sum past 1,
 * as multi-valued facets do.
 */
const selection: FacetTally = {
  options: [
    { option: 'design', role: 'vocabulary', count: 30, share: 0.75 },
    { option: 'operation', role: 'vocabulary', count: 12, share: 0.3 },
    { option: 'unknown', role: 'unknown', count: 2, share: 0.05 },
    { option: '=cmd|"/c calc"!A1 <b>', role: 'extra', count: 1, share: 0.025 },
  ],
  selected: 40,
  n: 40,
  notAnalysed: 5,
  notAnalysedShare: 0.125,
  unknown: 2,
  unknownOnly: 1,
};

const baseline: FacetTally = {
  options: [
    { option: 'design', role: 'vocabulary', count: 60, share: 0.6 },
    { option: 'operation', role: 'vocabulary', count: 35, share: 0.35 },
    { option: 'unknown', role: 'unknown', count: 3, share: 0.03 },
    { option: '=cmd|"/c calc"!A1 <b>', role: 'extra', count: 1, share: 0.01 },
  ],
  selected: 100,
  n: 100,
  notAnalysed: 10,
  notAnalysedShare: 0.1,
  unknown: 3,
  unknownOnly: 2,
};

export const phasePanel: FacetPanel = { facet: 'phase', selection, baseline };

/** The same panel with gaps left out of N: unknown and not analysed have no share. */
export const phasePanelWithoutGaps: FacetPanel = {
  facet: 'phase',
  selection: {
    ...selection,
    n: 34,
    options: selection.options.map((o) => ({ ...o, share: o.role === 'unknown' ? null : o.count / 34 })),
    notAnalysedShare: null,
  },
  baseline,
};
