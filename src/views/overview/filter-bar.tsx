import { useState } from 'react';
import type { YearSpan } from '../../analysis/year-span';
import { useUrlState } from '../../state/use-url-state';
import { setKind, setYears } from '../../state/filter-actions';
import { KindFilter } from './kind-filter';
import { SearchBox } from './search-box';
import { YearRange } from '../shared/year-range';

interface FilterBarProps {
  readonly span: YearSpan | null;
  readonly searchPartial: boolean;
  readonly searchWaiting: boolean;
  readonly searchError: Error | null;
  readonly onRetrySearch: () => void;
}

/**
 * The filters that are not facets, the switch that decides what every share is a share
 * of, and the order of the panels' bars. Each change but typing adds a history entry. On
 * a phone only the search shows until "More filters" opens the rest (the stylesheet hides
 * the button on wider screens), so the first screen has room for a chart; the button
 * counts the settings changed behind it.
 */
export function FilterBar({ span, searchPartial, searchWaiting, searchError, onRetrySearch }: FilterBarProps) {
  const { state, navigate } = useUrlState();
  const [open, setOpen] = useState(false);
  const changed = [state.filters.years.from !== null || state.filters.years.to !== null, state.filters.kind !== 'both', state.excludeGaps, state.barOrder !== 'taxonomy'].filter(Boolean).length;
  return (
    <div className="filter-bar" data-open={open || undefined}>
      <SearchBox partial={searchPartial} waiting={searchWaiting} error={searchError} onRetry={onRetrySearch} />
      <button type="button" className="button button--quiet filter-bar__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        More filters{changed > 0 && ` (${changed} set)`} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
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
