import type { Granularity } from '../../analysis/calendar-periods';
import type { TrendLayout, TrendMeasure, TrendSettings } from '../../state/url-state';
import { useUrlState } from '../../state/use-url-state';
import { ChoiceGroup } from '../shared/choice-group';
import { FacetSelect } from '../shared/facet-select';
import { offeredCounts } from '../shared/drawn-counts';

const NAMES: Record<Granularity, string> = { year: 'years', quarter: 'quarters', month: 'months' };

/** The trend's settings: facet, periods, share or count, layout and how many options it draws. Each change is a history step. */
export function TrendControls({ suggested }: { readonly suggested: Granularity }) {
  const { state, navigate } = useUrlState();
  const set = (change: Partial<TrendSettings>) => navigate({ ...state, trend: { ...state.trend, ...change } });
  return (
    <div className="comparison-controls">
      <FacetSelect label="Break down by" value={state.trend.facet} onChange={(facet) => set({ facet })} />
      <ChoiceGroup<Granularity | 'auto'>
        legend="Periods"
        value={state.trend.granularity ?? 'auto'}
        choices={[['auto', `Auto (${NAMES[suggested]})`], ['year', 'Years'], ['quarter', 'Quarters'], ['month', 'Months']]}
        onChange={(value) => set({ granularity: value === 'auto' ? null : value })}
      />
      <ChoiceGroup<TrendMeasure>
        legend="Show"
        value={state.trend.measure}
        choices={[['share', 'Share of the period'], ['count', 'Counts']]}
        onChange={(measure) => set({ measure })}
      />
      <ChoiceGroup<TrendLayout>
        legend="Layout"
        value={state.trend.layout}
        choices={[['lines', 'Lines'], ['stacked', 'Stacked'], ['multiples', 'Small multiples']]}
        onChange={(layout) => set({ layout })}
      />
      <label className="filter-field count-select">
        Options drawn
        <select value={state.trend.top === null ? '' : String(state.trend.top)} onChange={(event) => set({ top: event.target.value === '' ? null : Number(event.target.value) })}>
          <option value="">All</option>
          {offeredCounts(state.trend.top).map((top) => (
            <option key={top} value={String(top)}>
              The {top} with the most incidents
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
