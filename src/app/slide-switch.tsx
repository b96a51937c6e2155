import type { ReactNode } from 'react';
import { knownChart } from '../figures/chart-descriptor';
import type { Slide } from '../presentation/deck-schema';
import { CohortsSlide } from '../views/cohorts/cohorts-slide';
import { CrosstabSlide } from '../views/crosstab/crosstab-slide';
import { SlideFallback } from '../views/present/slide-fallback';

/**
 * The chart of a slide, by its kind. One exhaustive switch: a chart kind added to the deck
 * schema and not drawn here fails the type check. A kind this build does not know (a deck
 * from a newer build) gets the fallback: the caption and a link to the view. It lives
 * above the views because it draws charts of several; present mode receives it as a prop.
 */
export function renderSlide(slide: Slide): ReactNode {
  const chart = knownChart(slide.chart);
  if (chart === null) return <SlideFallback slide={slide} />;
  switch (chart.kind) {
    case 'facet':
    case 'period-totals':
    case 'cooccurrence':
    case 'option-sets':
    case 'trend':
      return <SlideFallback slide={slide} />;
    case 'crosstab':
      return <CrosstabSlide slide={slide} rows={chart.rows} cols={chart.columns} />;
    case 'cohorts':
      return <CohortsSlide slide={slide} />;
    default:
      return unhandled(chart);
  }
}

function unhandled(chart: never): never {
  throw new Error(`No slide is drawn for the chart ${JSON.stringify(chart)}`);
}
