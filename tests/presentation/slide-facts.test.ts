import { describe, expect, it } from 'vitest';
import { facetFigure } from '../../src/figures/facet-figure';
import { slideFacts } from '../../src/presentation/slide-facts';
import { figureInput, viewState } from '../figures/figure-fixture';
import { slide } from './deck-fixture';

const input = figureInput([
  { published: 20190101, facets: { phase: ['design'] } },
  { published: 20200101, facets: { phase: ['design', 'operation'] } },
]);
const figure = { ...facetFigure(input, viewState(), 'phase'), statistics: ['χ²(1) = 1.00, p = 0.32'] };

describe('slideFacts', () => {
  it('gives the figure’s warnings, statistics and notes when the slide hides nothing', () => {
    expect(figure.warnings).not.toEqual([]);
    expect(figure.notes).not.toEqual([]);
    expect(slideFacts(slide(), figure)).toEqual({ warnings: figure.warnings, statistics: figure.statistics, notes: figure.notes });
  });

  it('leaves out what the slide hides, and never its warnings', () => {
    expect(slideFacts(slide({ hide: ['statistics'] }), figure)).toEqual({ warnings: figure.warnings, statistics: [], notes: figure.notes });
    expect(slideFacts(slide({ hide: ['notes', 'statistics'] }), figure)).toEqual({ warnings: figure.warnings, statistics: [], notes: [] });
  });
});
