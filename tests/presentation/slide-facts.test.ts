import { describe, expect, it } from 'vitest';
import { facetFigure } from '../../src/figures/facet-figure';
import { slideFrameOf } from '../../src/export/slide-svg';
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

describe('a deck file’s slide', () => {
  it('carries the lines the slide keeps, as present mode does: hidden statistics and notes are not drawn, warnings are', () => {
    const kept = slideFacts(slide({ hide: ['notes', 'statistics'] }), figure);
    const frame = slideFrameOf(figure, { title: 'Phase', facts: kept });
    expect(frame).toMatchObject({ warnings: figure.warnings, statistics: [], notes: [] });
    expect(slideFrameOf(figure, { title: 'Phase' })).toMatchObject({ warnings: figure.warnings, statistics: figure.statistics, notes: figure.notes });
  });
});
