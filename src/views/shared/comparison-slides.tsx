/**
 * Teaches present mode to draw trend, crosstab and cohort slides. Imported once, for its
 * effect, by the present page, so the renderers are in place before any slide is shown.
 */
import { knownChart } from '../../presentation/chart-descriptor';
import type { Slide } from '../../presentation/deck-schema';
import { registerSlideRenderer } from '../../presentation/slide-renderers';
import { CohortsSlide } from '../cohorts/cohorts-slide';
import { CrosstabSlide } from '../crosstab/crosstab-slide';
import { SlideFallback } from '../present/slide-fallback';
import { TrendSlide } from '../trends/trend-slide';

/** The deck schema has already checked each slide's chart; the fallback covers a caller that skipped it. */
function renderComparisonSlide(slide: Slide) {
  const chart = knownChart(slide.chart);
  if (chart?.kind === 'trend') return <TrendSlide slide={slide} facet={chart.facet} />;
  if (chart?.kind === 'crosstab') return <CrosstabSlide slide={slide} rows={chart.rows} cols={chart.columns} />;
  if (chart?.kind === 'cohorts') return <CohortsSlide slide={slide} />;
  return <SlideFallback slide={slide} />;
}

const unregister = ['trend', 'crosstab', 'cohorts'].map((kind) => registerSlideRenderer(kind, renderComparisonSlide));

import.meta.hot?.dispose(() => unregister.forEach((undo) => undo()));
