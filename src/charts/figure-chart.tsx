import type { Figure } from '../figures/figure-of';
import { CohortChart } from './cohort-chart';
import { CrosstabChart } from './crosstab-chart';
import { CooccurrenceChart } from './cooccurrence-chart';
import { FacetChart } from './facet-chart';
import type { FigureMode } from './figure-mode';
import { OptionSetsChart } from './option-sets-chart';
import { PeriodTotalsChart } from './period-totals-chart';
import { TrendFigureChart } from './trend-figure-chart';

/**
 * A figure drawn by its kind's renderer. One exhaustive switch: a figure kind without a
 * renderer here fails the type check.
 */
export function FigureChart({ figure, mode }: { readonly figure: Figure; readonly mode: FigureMode }) {
  switch (figure.kind) {
    case 'facet':
      return <FacetChart figure={figure} mode={mode} />;
    case 'cohorts':
      return <CohortChart figure={figure} mode={mode} />;
    case 'crosstab':
      return <CrosstabChart figure={figure} mode={mode} />;
    case 'cooccurrence':
      return <CooccurrenceChart figure={figure} mode={mode} />;
    case 'option-sets':
      return <OptionSetsChart figure={figure} mode={mode} />;
    case 'period-totals':
      return <PeriodTotalsChart figure={figure} mode={mode} />;
    case 'trend':
      return <TrendFigureChart figure={figure} mode={mode} />;
    default:
      return unhandled(figure);
  }
}

function unhandled(figure: never): never {
  throw new Error(`No renderer draws the figure kind ${String((figure as { kind: unknown }).kind)}`);
}
