import { useMemo } from 'react';
import { periodTotalsFigure } from '../../figures/period-totals-figure';
import { trendFigure } from '../../figures/trend-figure';
import { useFigureInput } from '../../state/figure-input';
import { useUrlState } from '../../state/use-url-state';
import { ViewFrame } from '../shared/view-frame';
import { TrendBody } from './trend-body';

/** Has a kind of fault grown? The selection per period, broken down by one facet's options. */
export function TrendsPage() {
  const { state } = useUrlState();
  const { input, selection } = useFigureInput(state);
  const { facet } = state.trend;
  const totals = useMemo(() => input && periodTotalsFigure(input, state), [input, state]);
  const trend = useMemo(() => input && trendFigure(input, state, facet), [input, state, facet]);
  const mask = useMemo(() => input?.masksFor(state.filters).except[facet] ?? null, [input, state.filters, facet]);
  return (
    <ViewFrame
      title="Trends"
      intro="How the incidents and the options of one facet change over time, with 95% intervals so a jump between two small periods is not read as a trend."
      selection={selection}
      loading={trend === null || totals === null}
      empty={trend !== null && trend.n.value === 0}
      className="trends-page"
    >
      {totals && trend && mask && <TrendBody totals={totals} trend={trend} mask={mask} state={state} />}
    </ViewFrame>
  );
}
