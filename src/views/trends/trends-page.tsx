import { useMemo } from 'react';
import { periodTotalsFigure } from '../../figures/period-totals-figure';
import { useFigureInput } from '../../state/figure-input';
import { useUrlState } from '../../state/use-url-state';
import { ViewFrame } from '../shared/view-frame';
import { TrendBody } from './trend-body';

/** Has a kind of fault grown? The selection per period, broken down by one facet's options. */
export function TrendsPage() {
  const { state } = useUrlState();
  const { input, selection } = useFigureInput(state);
  const totals = useMemo(() => input && periodTotalsFigure(input, state), [input, state]);
  return (
    <ViewFrame
      title="Trends"
      intro="How the incidents and the options of one facet change over time, with 95% intervals so a jump between two small periods is not read as a trend."
      selection={selection}
      loading={totals === null}
      empty={totals !== null && totals.n.value === 0}
      className="trends-page"
    >
      {totals && <TrendBody totals={totals} state={state} />}
    </ViewFrame>
  );
}
