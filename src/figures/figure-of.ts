import type { FigureInput } from '../state/figure-input';
import type { UrlState } from '../state/url-state';
import type { KnownChart } from './chart-descriptor';
import { cohortFigure } from './cohort-figure';
import type { CohortFigure } from './cohort-figure';
import { cooccurrenceFigure } from './cooccurrence-figure';
import type { CooccurrenceFigure } from './cooccurrence-figure';
import { crosstabFigure } from './crosstab-figure';
import type { CrosstabFigure } from './crosstab-figure';
import { facetFigure } from './facet-figure';
import type { FacetFigure } from './facet-figure';
import { optionSetsFigure } from './option-sets-figure';
import type { OptionSetsFigure } from './option-sets-figure';
import { periodTotalsFigure } from './period-totals-figure';
import type { PeriodTotalsFigure } from './period-totals-figure';
import { trendFigure } from './trend-figure';
import type { TrendFigure } from './trend-figure';

/** Every chart kind's figure; `kind` tells them apart. */
export type Figure = FacetFigure | PeriodTotalsFigure | TrendFigure | CrosstabFigure | CooccurrenceFigure | OptionSetsFigure | CohortFigure;

/**
 * The figure of a chart descriptor over `state`: what a slide shows, counted now. One
 * exhaustive switch, so a chart kind added to the descriptors and not derived here fails
 * the type check.
 */
export function figureOf(input: FigureInput, state: UrlState, chart: KnownChart): Figure {
  switch (chart.kind) {
    case 'facet':
      return facetFigure(input, state, chart.facet, chart);
    case 'period-totals':
      return periodTotalsFigure(input, state);
    case 'trend':
      return trendFigure(input, state, chart.facet, chart);
    case 'crosstab':
      return crosstabFigure(input, state, chart.rows, chart.columns);
    case 'cooccurrence':
      return cooccurrenceFigure(input, state, chart.facet);
    case 'option-sets':
      return optionSetsFigure(input, state, chart.facet, chart);
    case 'cohorts':
      return cohortFigure(input, state, chart);
  }
}
