import type { FigureInput } from '../state/figure-input';
import type { UrlState } from '../state/url-state';
import type { KnownChart } from './chart-descriptor';
import { facetFigure } from './facet-figure';
import type { FacetFigure } from './facet-figure';
import { periodTotalsFigure } from './period-totals-figure';
import type { PeriodTotalsFigure } from './period-totals-figure';
import { trendFigure } from './trend-figure';
import type { TrendFigure } from './trend-figure';

/** Every chart kind's figure; `kind` tells them apart. */
export type Figure = FacetFigure | PeriodTotalsFigure | TrendFigure;

/**
 * The figure of a chart descriptor over `state`: what a slide shows, counted now. One
 * exhaustive switch, so a chart kind added to the descriptors and not derived here fails
 * the type check.
 */
export function figureOf(input: FigureInput, state: UrlState, chart: KnownChart): Figure | null {
  switch (chart.kind) {
    case 'facet':
      return facetFigure(input, state, chart.facet);
    case 'trend':
      return trendFigure(input, state, chart.facet);
    case 'period-totals':
      return periodTotalsFigure(input, state);
    case 'crosstab':
    case 'cohorts':
    case 'cooccurrence':
    case 'option-sets':
      return null;
  }
}
