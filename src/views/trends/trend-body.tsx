import { useMemo } from 'react';
import { FigureChart } from '../../charts/figure-chart';
import { FigureCaption, FigureNotes } from '../../charts/figure-facts';
import { Skeleton } from '../../components/skeleton';
import { useValueAfterFirstPaint } from '../../components/use-value-after-paint';
import { FigureActions } from '../../export/figure-actions';
import type { PeriodTotalsFigure } from '../../figures/period-totals-figure';
import { trendFigure } from '../../figures/trend-figure';
import { PERIOD_NAMES } from '../../figures/figure-periods';
import { useFigureInput } from '../../state/figure-input';
import type { UrlState } from '../../state/url-state';
import { OptionGroupNote } from '../shared/option-group-note';
import { PeriodTotalsSection } from '../shared/period-totals-section';
import { TrendControls } from './trend-controls';
import { TrendTable } from './trend-table';

/** The breakdown of the incidents per period by one facet's options, its notes and its numbers. */
function TrendSection({ state: current }: { readonly state: UrlState }) {
  const deferred = useValueAfterFirstPaint(current);
  const state = deferred ?? current;
  const { input } = useFigureInput(state);
  const { facet, top } = state.trend;
  const shown = useMemo(
    () => (input && deferred ? { trend: trendFigure(input, deferred, facet, top === null ? {} : { top }), mask: input.masksFor(deferred.filters).except[facet] } : null),
    [input, deferred, facet, top],
  );
  if (shown === null) return <Skeleton label="Drawing the breakdown" lines={8} />;
  const { trend, mask } = shown;
  return (
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
  );
}

/**
 * The trend view once the data is in: settings, incidents per period, then the breakdown.
 * The incidents per period are drawn and painted first, and the breakdown follows in a
 * render that gives way to input: the first visit to the view spent 0.2 s of one task
 * drawing both charts.
 */
export function TrendBody({ totals, state }: { readonly totals: PeriodTotalsFigure; readonly state: UrlState }) {
  return (
    <>
      <TrendControls suggested={totals.suggested} />
      <PeriodTotalsSection figure={totals} headingId="trend-totals-heading" />
      <TrendSection state={state} />
    </>
  );
}
