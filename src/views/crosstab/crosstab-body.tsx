import type { Bitset } from '../../analysis/bitset';
import { CrosstabChart } from '../../charts/crosstab-chart';
import { FigureCaption, FigureNotes } from '../../charts/figure-facts';
import { FigureActions } from '../../export/figure-actions';
import type { CrosstabFigure } from '../../figures/crosstab-figure';
import type { UrlState } from '../../state/url-state';
import { OptionGroupNote } from '../shared/option-group-note';
import { CrosstabControls } from './crosstab-controls';
import { CrosstabTable } from './crosstab-table';

interface CrosstabBodyProps {
  readonly figure: CrosstabFigure;
  readonly state: UrlState;
  /** The incidents the table counts over, for the lists of grouped rarer options. */
  readonly mask: Bitset;
}

/** The crosstab view once the data is in: settings, the heatmap with its margins, what to read from it, and the numbers. */
export function CrosstabBody({ figure, state, mask }: CrosstabBodyProps) {
  const facets = [...new Set([figure.chart.rows, figure.chart.columns])];
  return (
    <>
      <CrosstabControls />
      <section className="comparison-section" aria-labelledby="crosstab-heading">
        <div className="comparison-section__head">
          <h2 id="crosstab-heading">{figure.title}</h2>
          <FigureActions figure={figure} />
        </div>
        <p className="comparison-section__lead">{figure.denominator} Hover or focus a cell for its details (arrow keys move between cells); click it to list its incidents.</p>
        <CrosstabChart figure={figure} mode="screen" />
        <FigureNotes figure={figure} />
        <FigureCaption figure={figure} />
        {facets.map((facet) => (
          <OptionGroupNote key={facet} facet={facet} mask={mask} state={state} />
        ))}
        <details className="numbers">
          <summary>Table of the numbers</summary>
          <CrosstabTable figure={figure} />
        </details>
      </section>
    </>
  );
}
