import { describe, expect, it } from 'vitest';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { facetFigure } from '../../src/figures/facet-figure';
import { optionSetsFigure } from '../../src/figures/option-sets-figure';
import { trendFigure } from '../../src/figures/trend-figure';
import { figureInput, viewState } from './figure-fixture';

/**
 * Phase options outside the taxonomy whose names would hash onto taken colours:
 * "maintenance" onto design's, "rollout" and "warp_drive" onto one another's.
 */
const input = figureInput([
  { published: 20190101, facets: { phase: ['design', 'maintenance'] } },
  { published: 20190601, facets: { phase: ['operation', 'rollout'] } },
  { published: 20200101, facets: { phase: ['design', 'warp_drive'] } },
  { published: 20200601, facets: { phase: ['maintenance', 'rollout'] } },
  { published: 20210101, facets: { phase: ['operation', 'warp_drive'] } },
]);

const distinct = (colours: readonly string[]) => new Set(colours).size === colours.length;

describe('the colours of one facet’s options', () => {
  it('differ between every bar of a facet panel, options outside the taxonomy included', () => {
    const bars = facetFigure(input, viewState(), 'phase').bars;
    expect(bars.map((bar) => bar.key)).toEqual(['design', 'operation', 'unknown', 'maintenance', 'rollout', 'warp_drive', NOT_ANALYSED]);
    expect(distinct(bars.map((bar) => bar.colour))).toBe(true);
    expect(bars.slice(0, 2).map((bar) => bar.colour)).toEqual(['var(--cat-1)', 'var(--cat-2)']);
  });

  it('are the same for an option in a panel, a trend and the exact sets', () => {
    const bars = new Map(facetFigure(input, viewState(), 'phase').bars.map((bar) => [bar.key, bar.colour]));
    const series = trendFigure(input, viewState('view=trends&layout=stacked&measure=count'), 'phase').drawn.filter((s) => s.mark !== 'not-analysed');
    expect(series.map((s) => s.option)).toEqual(['design', 'operation', 'maintenance', 'rollout', 'warp_drive']);
    expect(distinct(series.map((s) => s.colour))).toBe(true);
    for (const s of series) expect(s.colour).toBe(bars.get(s.option));
    const members = optionSetsFigure(input, viewState(), 'phase').columns;
    for (const member of members) expect(member.colour).toBe(bars.get(member.key));
  });

  it('do not change with a filter', () => {
    const all = facetFigure(input, viewState(), 'phase').bars;
    const filtered = facetFigure(input, viewState('f.phase=rollout'), 'phase').bars;
    expect(filtered.map((bar) => bar.colour)).toEqual(all.map((bar) => bar.colour));
  });
});
