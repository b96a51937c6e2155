import { useUrlState } from '../../state/use-url-state';
import { useIndex } from '../../data/get-index';
import { ViewFrame } from '../shared/view-frame';
import { TrendBody } from './trend-body';
import { useTrend } from './use-trend';

/** Has a kind of fault grown? The selection per period, broken down by one facet's options. */
export function TrendsPage() {
  const { state } = useUrlState();
  const index = useIndex();
  const { view, selection } = useTrend(state);
  return (
    <ViewFrame
      title="Trends"
      intro="How the incidents and the options of one facet change over time, with 95% intervals so a jump between two small periods is not read as a trend."
      selection={selection}
      loading={view === null || !index.data}
      empty={view !== null && view.counted.selected === 0}
      className="trends-page"
    >
      {view && index.data && <TrendBody view={view} state={state} build={index.data.build} />}
    </ViewFrame>
  );
}
