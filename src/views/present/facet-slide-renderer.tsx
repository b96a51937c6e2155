/**
 * Teaches present mode to draw facet slides. Imported once, for its effect, by the present
 * page, so the renderer is in place before any slide is shown.
 */
import { knownChart } from '../../presentation/chart-descriptor';
import type { Slide } from '../../presentation/deck-schema';
import { registerSlideRenderer } from '../../presentation/slide-renderers';
import { FacetSlide } from './facet-slide';
import { SlideFallback } from './slide-fallback';

/** The deck schema has already checked a facet slide's chart; the fallback covers a caller that skipped it. */
function renderFacetSlide(slide: Slide) {
  const chart = knownChart(slide.chart);
  return chart?.kind === 'facet' ? <FacetSlide slide={slide} facet={chart.facet} /> : <SlideFallback slide={slide} />;
}

const unregister = registerSlideRenderer('facet', renderFacetSlide);

import.meta.hot?.dispose(unregister);
