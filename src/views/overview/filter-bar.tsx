import type { YearSpan } from '../../analysis/year-span';
import { useUrlState } from '../../state/use-url-state';
import { setKind, setYears } from '../../state/filter-actions';
import { KindFilter } from './kind-filter';
import { SearchBox } from './search-box';
import { YearRange } from '../shared/year-range';

interface FilterBarProps {
  readonly span: YearSpan | null;
  readonly searchPartial: boolean;
  readonly searchError: Error | null;
  readonly onRetrySearch: () => void;
}

/**
 * The filters that are not facets, the switch that decides what every share is a share
 * of, and the order of the panels' bars. Each change but typing adds a history entry.
 */
export function FilterBar({ span, searchPartial, searchError, onRetrySearch }: FilterBarProps) {
  const { state, navigate } = useUrlState();
  return (
    <div className="filter-bar">
      <SearchBox partial={searchPartial} error={searchError} onRetry={onRetrySearch} />
      <YearRange years={state.filters.years} span={span} onChange={(years) => navigate(setYears(state, years))} />
      <KindFilter kind={state.filters.kind} onChange={(kind) => navigate(setKind(state, kind))} />
      <label className="gaps-switch">
        <input
          type="checkbox"
          checked={state.excludeGaps}
          onChange={(event) => navigate({ ...state, excludeGaps: event.target.checked })}
        />
        Leave only-unknown and not-analysed incidents out of the denominator
      </label>
      <label className="bar-order">
        Order each panel’s bars{' '}
        <select value={state.barOrder} onChange={(event) => navigate({ ...state, barOrder: event.target.value === 'count' ? 'count' : 'taxonomy' })}>
          <option value="taxonomy">as the taxonomy lists them</option>
          <option value="count">most incidents first</option>
        </select>
      </label>
    </div>
  );
}
