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
 * The filters that are not facets, and the switch that decides what every share is a
 * share of. Each change but typing adds a history entry.
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
    </div>
  );
}
