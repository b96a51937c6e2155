import { describe, expect, it } from 'vitest';
import { registerSlideRenderer, slideRendererFor, slideRenderers } from '../../src/presentation/slide-renderers';
import { slide } from './deck-fixture';

describe('the slide renderer registry', () => {
  it('finds no renderer for a kind nobody registered, so the fallback draws it', () => {
    expect(slideRendererFor(slide({ chart: { kind: 'never-registered' } }))).toBeNull();
    expect(slideRendererFor(slide({ chart: { kind: 'toString' } }))).toBeNull();
  });

  it('registers a renderer by kind and undoes the registration, restoring an earlier one', () => {
    const first = () => 'first';
    const second = () => 'second';
    const undoFirst = registerSlideRenderer('trend', first);
    const undoSecond = registerSlideRenderer('trend', second);
    const trend = slide({ chart: { kind: 'trend', facet: 'phase' } });
    expect(slideRendererFor(trend)).toBe(second);
    expect(slideRenderers.trend).toBe(second);
    undoSecond();
    expect(slideRendererFor(trend)).toBe(first);
    undoFirst();
    expect(slideRendererFor(trend)).toBeNull();
  });

  it('withdraws only the registration undone, in whatever order undos come', () => {
    const cohorts = slide({ chart: { kind: 'cohorts' } });
    const undoOld = registerSlideRenderer('cohorts', () => 'old');
    const latest = () => 'new';
    const undoNew = registerSlideRenderer('cohorts', latest);
    undoOld();
    expect(slideRendererFor(cohorts)).toBe(latest);
    undoNew();
    expect(slideRendererFor(cohorts)).toBeNull();
  });

  it('tells apart two registrations of the same function', () => {
    const render = () => 'same';
    const facet = slide();
    const undoOne = registerSlideRenderer('facet', render);
    const undoTwo = registerSlideRenderer('facet', render);
    undoTwo();
    expect(slideRendererFor(facet)).toBe(render);
    undoOne();
    expect(slideRendererFor(facet)).toBeNull();
  });
});
