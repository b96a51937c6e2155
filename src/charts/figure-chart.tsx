import type { Figure } from '../figures/figure-of';
import { FacetChart } from './facet-chart';
import type { FigureMode } from './figure-mode';
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
