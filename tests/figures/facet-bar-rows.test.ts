import { describe, expect, it } from 'vitest';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { facetPanels } from '../../src/analysis/facet-counts';
import { emptyFilters } from '../../src/analysis/filters';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { crossFilterMasks } from '../../src/analysis/selection-masks';
import { barAriaLabel, barValueText } from '../../src/charts/share-text';
import { facetBarRows } from '../../src/figures/facet-bar-rows';
import { facetFigure } from '../../src/figures/facet-figure';
import { figureInput, viewState } from './figure-fixture';
import { fixtureIndex } from '../analysis/index-fixture';

const columns = prepareColumns(
  fixtureIndex([
    { facets: { phase: ['design'] } },
    { facets: { phase: ['design', 'operation'] } },
    { facets: { phase: ['unknown'] } },
    { facets: { phase: ['warp_drive'] } },
    { kind: 'article' },
  ]),
);

function phaseFor(excludeGaps: boolean, selected: readonly string[] = []) {
  const base = emptyFilters();
  const filters = { ...base, facets: { ...base.facets, phase: { selected, matchAll: false } } };
  return facetPanels(columns, crossFilterMasks(columns, filters), excludeGaps).phase;
}

describe('facetBarRows', () => {
  it('lists the vocabulary, unknown, extras and then not analysed, with colours and pressed state', () => {
    const rows = facetBarRows(phaseFor(false, ['design']), { selected: ['design'], matchAll: false });
    expect(rows.map(({ key, label, mark, count, share, baselineShare, pressed }) => [key, label, mark, count, share, baselineShare, pressed])).toEqual([
      ['design', 'design', 'option', 2, 2 / 5, 2 / 5, true],
      ['operation', 'operation', 'option', 1, 1 / 5, 1 / 5, false],
      ['unknown', 'any unknown', 'unknown', 1, 1 / 5, 1 / 5, false],
      ['warp_drive', 'warp_drive', 'extra', 1, 1 / 5, 1 / 5, false],
      [NOT_ANALYSED, 'not analysed', 'not-analysed', 1, 1 / 5, 1 / 5, false],
    ]);
    expect(rows.map((row) => row.colour)).toEqual([
      'var(--cat-1)',
      'var(--cat-2)',
      'var(--colour-unknown)',
      expect.stringMatching(/^var\(--cat-\d+\)$/),
      'var(--colour-not-analysed)',
    ]);
  });

  it('gives the gaps no share once they are out of the denominator', () => {
    const rows = facetBarRows(phaseFor(true), { selected: [], matchAll: false });
    expect(rows.map((row) => row.share)).toEqual([2 / 3, 1 / 3, null, 1 / 3, null]);
  });

  it('presses nothing without a filter, as the exports draw a panel', () => {
    const panel = phaseFor(false, ['design']);
    const exported = facetBarRows(panel);
    expect(exported.map((row) => row.pressed)).toEqual([false, false, false, false, false]);
    const filtered = facetBarRows(panel, { selected: ['design'], matchAll: false });
    expect(exported).toEqual(filtered.map((row) => ({ ...row, pressed: false })));
  });
});

describe('the unknown bar and the N line, gaps left out', () => {
  it('count the same incidents: the bar names any unknown and says how many of them are only unknown, as N does', () => {
    const rows = [
      { facets: { capability: ['development_incompetence', 'unknown'] } },
      { facets: { capability: ['unknown'] } },
      { facets: { capability: ['unknown'] } },
      { facets: { capability: ['accidental'] } },
    ];
    const mixed = prepareColumns(fixtureIndex(rows));
    const panel = facetPanels(mixed, crossFilterMasks(mixed, emptyFilters()), true).capability;
    const unknown = facetBarRows(panel).find((row) => row.mark === 'unknown');
    expect(unknown?.label).toBe('any unknown');
    expect(unknown?.count).toBe(3);
    expect(barValueText(unknown!)).toBe('3 (2 left out)');
    expect(barAriaLabel('Capability', unknown!)).toBe('any unknown 3 (2 left out), Capability, 3 incidents (2 only unknown, left out of N), press to filter');
    expect(facetFigure(figureInput(rows), viewState('gaps=0'), 'capability').n).toEqual({
      value: 2,
      counts: 'incidents with a capability answer; 2 left out (0 not analysed, 2 only unknown)',
    });
  });

  it('say when the switch left nothing out', () => {
    const rows = [{ facets: { capability: ['accidental'] } }, { facets: { capability: ['development_incompetence'] } }];
    expect(facetFigure(figureInput(rows), viewState('gaps=0'), 'capability').n.counts).toBe('incidents with a capability answer, none left out');
  });
});
