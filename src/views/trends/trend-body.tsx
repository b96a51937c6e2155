import type { Bitset } from '../../analysis/bitset';
import { FigureChart } from '../../charts/figure-chart';
import { FigureCaption, FigureNotes } from '../../charts/figure-facts';
import { FigureActions } from '../../export/figure-actions';
import type { PeriodTotalsFigure } from '../../figures/period-totals-figure';
import type { TrendFigure } from '../../figures/trend-figure';
import { PERIOD_NAMES } from '../../figures/figure-periods';
import type { UrlState } from '../../state/url-state';
import { OptionGroupNote } from '../shared/option-group-note';
import { PeriodTotalsSection } from '../shared/period-totals-section';
import { TrendControls } from './trend-controls';
import { TrendTable } from './trend-table';

interface TrendBodyProps {
  readonly totals: PeriodTotalsFigure;
  readonly trend: TrendFigure;
  /** The incidents the trend counts, for the table of its grouped rarer options. */
  readonly mask: Bitset;
  readonly state: UrlState;
}

/** The trend view once the data is in: settings, incidents per period, the breakdown, its notes and its numbers. */
export function TrendBody({ totals, trend, mask, state }: TrendBodyProps) {
  return (
    <>
      <TrendControls suggested={trend.suggested} />
      <PeriodTotalsSection figure={totals} headingId="trend-totals-heading" />
      <section className="comparison-section" aria-labelledby="trend-heading">
        <div className="comparison-section__head">
          <h2 id="trend-heading">{trend.title}</h2>
          <FigureActions figure={trend} />
        </div>
        <p className="comparison-section__lead">
          {trend.subtitle} Click a point or a bar to list its incidents.
        </p>
        <FigureChart figure={trend} mode="screen" />
        <FigureNotes figure={trend} />
        <FigureCaption figure={trend} />
        <OptionGroupNote facet={trend.facet} mask={mask} state={state} />
        <details className="numbers">
          <summary>Table of the numbers</summary>
          <TrendTable caption={`${trend.title}: incidents, shares and 95% intervals per ${PERIOD_NAMES[trend.granularity]}`} figure={trend} />
        </details>
      </section>
    </>
  );
}
