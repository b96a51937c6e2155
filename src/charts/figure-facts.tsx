import type { FigureFrame } from '../figures/figure';
import { figureCaption, filtersLine } from '../figures/figure-caption';
import { SvgLegend, legendLayout } from './svg-legend';
import { ChartPatterns, patternId } from './chart-patterns';
import { useId } from 'react';

/** How wide an HTML legend lays its entries out before wrapping. */
const LEGEND_WIDTH = 640;

/** A figure's legend as a small SVG beside the chart, for charts whose marks are not SVG. */
export function FigureLegend({ figure }: { readonly figure: FigureFrame }) {
  const id = useId();
  if (figure.legend.length === 0) return null;
  const layout = legendLayout(figure.legend, LEGEND_WIDTH);
  return (
    <svg className="figure-legend" width={layout.width} height={layout.height} role="img" aria-label={`How to read it: ${figure.legend.map((item) => item.label).join('; ')}`}>
      <ChartPatterns id={id} />
      <SvgLegend layout={layout} x={0} y={0} patterns={{ gap: patternId(id, 'gap'), lown: patternId(id, 'lown') }} />
    </svg>
  );
}

/**
 * What could mislead, how it was counted and what the tests say: the same lines on screen,
 * on a slide and in an image. A warning the page states once above many figures
 * (`statedAbove`) is left out under each of them on screen; their files still carry it.
 */
export function FigureNotes({ figure, statedAbove = [] }: { readonly figure: FigureFrame; readonly statedAbove?: readonly string[] }) {
  const warnings = figure.warnings.filter((line) => !statedAbove.includes(line));
  if (warnings.length + figure.notes.length + figure.statistics.length === 0) return null;
  return (
    <ul className="figure-notes">
      {warnings.map((line) => (
        <li key={`w ${line}`} className="figure-notes__warning">
          <strong>Careful:</strong> {line}
        </li>
      ))}
      {figure.statistics.map((line) => (
        <li key={`s ${line}`} className="figure-notes__statistic">
          {line}
        </li>
      ))}
      {figure.notes.map((line) => (
        <li key={`n ${line}`}>{line}</li>
      ))}
    </ul>
  );
}

/** The filters and the caption under a figure: what it counts, over which incidents, from which build. */
export function FigureCaption({ figure, pinnedBuild = null }: { readonly figure: FigureFrame; readonly pinnedBuild?: string | null }) {
  return (
    <p className="figure-caption">
      <span className="figure-caption__filters">{filtersLine(figure)}</span>{' '}
      <span className="figure-caption__figures">{figureCaption(figure, pinnedBuild)}</span>
    </p>
  );
}
