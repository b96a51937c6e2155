import { FigureChart } from '../../charts/figure-chart';
import { FigureCaption, FigureNotes } from '../../charts/figure-facts';
import { FigureActions } from '../../export/figure-actions';
import type { PeriodTotalsFigure } from '../../figures/period-totals-figure';

/** Incidents per period as a page shows it: heading, actions, chart, notes and caption, so it says what its slide and files say. */
export function PeriodTotalsSection({ figure, headingId }: { readonly figure: PeriodTotalsFigure; readonly headingId: string }) {
  return (
    <section className="comparison-section" aria-labelledby={headingId}>
      <div className="comparison-section__head">
        <h2 id={headingId}>{figure.title}</h2>
        <FigureActions figure={figure} />
      </div>
      <p className="comparison-section__lead">{figure.subtitle} Click a bar to list its incidents.</p>
      <FigureChart figure={figure} mode="screen" />
      <FigureNotes figure={figure} />
      <FigureCaption figure={figure} />
    </section>
  );
}
