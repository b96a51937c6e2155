import { describe, expect, it } from 'vitest';
import { fromIndices } from '../../src/analysis/bitset';
import { baselineTally, countFacet, facetPanels } from '../../src/analysis/facet-counts';
import type { FacetTally } from '../../src/analysis/facet-counts';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { crossFilterMasks } from '../../src/analysis/selection-masks';
import { FACET_IDS } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { anyOf, filtersWith } from './filters-fixture';
import { fixtureIndex } from './index-fixture';
import { SAMPLE } from './sample-incidents';

const columns = prepareColumns(fixtureIndex(SAMPLE));
const tally = (facet: FacetId, rows: number[], excludeGaps: boolean): FacetTally =>
  countFacet(columns, facet, fromIndices(rows, columns.size), excludeGaps);
/** option → [count, share], in the order the tally lists them. */
const optionTable = (t: FacetTally): [string, number, number | null][] =>
  t.options.map((o) => [o.option, o.count, o.share]);
const ALL_ROWS = [0, 1, 2, 3, 4, 5, 6, 7];

describe('countFacet', () => {
  it.each([
    [
      'phase, gaps in the denominator',
      'phase',
      false,
      [['design', 3, 3 / 8], ['operation', 2, 2 / 8], ['unknown', 2, 2 / 8]],
      { selected: 8, n: 8, notAnalysed: 3, notAnalysedShare: 3 / 8, unknown: 2, unknownOnly: 1 },
    ],
    [
      'phase, gaps excluded',
      'phase',
      true,
      [['design', 3, 3 / 4], ['operation', 2, 2 / 4], ['unknown', 2, null]],
      { selected: 8, n: 4, notAnalysed: 3, notAnalysedShare: null, unknown: 2, unknownOnly: 1 },
    ],
    [
      'boundary, gaps in the denominator',
      'boundary',
      false,
      [['within_system', 3, 3 / 8], ['outside_system', 3, 3 / 8], ['unknown', 1, 1 / 8]],
      { selected: 8, n: 8, notAnalysed: 2, notAnalysedShare: 2 / 8, unknown: 1, unknownOnly: 1 },
    ],
    [
      'boundary, gaps excluded',
      'boundary',
      true,
      [['within_system', 3, 3 / 5], ['outside_system', 3, 3 / 5], ['unknown', 1, null]],
      { selected: 8, n: 5, notAnalysed: 2, notAnalysedShare: null, unknown: 1, unknownOnly: 1 },
    ],
  ] as const)('counts %s over all incidents', (_, facet, excludeGaps, options, totals) => {
    const t = tally(facet, ALL_ROWS, excludeGaps);
    expect(optionTable(t)).toEqual(options);
    expect(t).toMatchObject(totals);
  });

  it('lists every dictionary option, zero counts included, vocabulary then unknown then extras', () => {
    const t = tally('behaviour', ALL_ROWS, false);
    expect(optionTable(t)).toEqual([
      ['crash', 1, 1 / 8],
      ['omission', 0, 0],
      ['timing', 0, 0],
      ['value', 0, 0],
      ['byzantine', 0, 0],
      ['other', 0, 0],
      ['unknown', 0, 0],
      ['degradation', 1, 1 / 8],
    ]);
    expect(t.options.map((o) => o.role)).toEqual([
      'vocabulary',
      'vocabulary',
      'vocabulary',
      'vocabulary',
      'vocabulary',
      'vocabulary',
      'unknown',
      'extra',
    ]);
  });

  it.each([
    ['one incident with two options', 'phase', [0], false, 1, [['design', 1, 1], ['operation', 1, 1]]],
    ['two incidents, two options', 'boundary', [0, 2], false, 2, [['within_system', 2, 1], ['outside_system', 1, 1 / 2]]],
    ['an extra next to a vocabulary option', 'behaviour', ALL_ROWS, true, 1, [['crash', 1, 1], ['degradation', 1, 1]]],
  ] as const)('counts a multi-valued incident once per option, shares summing past 1: %s', (...row) => {
    const [, facet, rows, excludeGaps, n, counted] = row;
    const t = tally(facet, [...rows], excludeGaps);
    expect(optionTable(t).filter(([, count]) => count > 0)).toEqual(counted);
    expect(t.n).toBe(n);
    expect(t.options.reduce((sum, o) => sum + (o.share ?? 0), 0)).toBeGreaterThan(1);
  });

  it.each([
    [
      'unknown only, gaps kept',
      [3],
      false,
      { n: 1, unknown: 1, unknownOnly: 1 },
      [['design', 0, 0], ['operation', 0, 0], ['unknown', 1, 1]],
    ],
    [
      'unknown only, gaps excluded',
      [3],
      true,
      { n: 0, unknown: 1, unknownOnly: 1 },
      [['design', 0, null], ['operation', 0, null], ['unknown', 1, null]],
    ],
    [
      'unknown next to design, gaps excluded',
      [6],
      true,
      { n: 1, unknown: 1, unknownOnly: 0 },
      [['design', 1, 1], ['operation', 0, 0], ['unknown', 1, null]],
    ],
    [
      'both, gaps excluded',
      [3, 6],
      true,
      { n: 1, unknown: 2, unknownOnly: 1 },
      [['design', 1, 1], ['operation', 0, 0], ['unknown', 2, null]],
    ],
  ] as const)('handles %s', (_, rows, excludeGaps, totals, options) => {
    const t = tally('phase', [...rows], excludeGaps);
    expect(t).toMatchObject(totals);
    expect(optionTable(t)).toEqual(options);
  });

  it.each([
    ['articles, gaps kept', [5, 7], false, { selected: 2, n: 2, notAnalysed: 2, notAnalysedShare: 1 }, 0],
    ['articles, gaps excluded', [5, 7], true, { selected: 2, n: 0, notAnalysed: 2, notAnalysedShare: null }, null],
    ['a bare report and an article', [4, 5], false, { selected: 2, n: 2, notAnalysed: 2, notAnalysedShare: 1 }, 0],
    [
      'an unanalysed report next to an analysed one, gaps excluded',
      [1, 4],
      true,
      { selected: 2, n: 1, notAnalysed: 1, notAnalysedShare: null },
      1,
    ],
    ['nothing', [], false, { selected: 0, n: 0, notAnalysed: 0, notAnalysedShare: null }, null],
  ] as const)('counts not-analysed incidents in %s', (_, rows, excludeGaps, totals, designShare) => {
    const t = tally('phase', [...rows], excludeGaps);
    expect(t).toMatchObject(totals);
    expect(t.options[0].share).toBe(designShare);
  });
});

describe('baselineTally', () => {
  it.each(FACET_IDS.flatMap((facet) => [[facet, false] as const, [facet, true] as const]))(
    'equals counting %s over every incident (gaps excluded: %s)',
    (facet, excludeGaps) => {
      expect(baselineTally(columns, facet, excludeGaps)).toEqual(countFacet(columns, facet, columns.all, excludeGaps));
    },
  );
});

describe('facetPanels', () => {
  const filters = filtersWith({ facets: { phase: anyOf('design'), boundary: anyOf('within_system') } });
  const panels = facetPanels(columns, crossFilterMasks(columns, filters), false);

  it.each([
    ['phase', 3, [['design', 2, 2 / 3], ['operation', 2, 2 / 3], ['unknown', 1, 1 / 3]]],
    ['boundary', 3, [['within_system', 2, 2 / 3], ['outside_system', 1, 1 / 3], ['unknown', 0, 0]]],
    ['nature', 2, [['human_actions', 0, 0], ['non-human_actions', 0, 0], ['unknown', 0, 0]]],
  ] as const)('counts the %s panel over every filter but its own', (facet, n, options) => {
    expect(panels[facet].facet).toBe(facet);
    expect(panels[facet].selection.n).toBe(n);
    expect(optionTable(panels[facet].selection)).toEqual(options);
  });

  it('pairs each panel with the counts over all incidents', () => {
    for (const facet of FACET_IDS) expect(panels[facet].baseline).toEqual(baselineTally(columns, facet, false));
    expect(optionTable(panels.phase.baseline)).toEqual([
      ['design', 3, 3 / 8],
      ['operation', 2, 2 / 8],
      ['unknown', 2, 2 / 8],
    ]);
  });
});
