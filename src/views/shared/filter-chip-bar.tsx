import { useUrlState } from '../../state/use-url-state';
import { clearFilters } from '../../state/filter-actions';
import { filterChips } from '../../state/filter-chips';

/** The active filters as removable chips, and one button that removes them all. Nothing when no filter is on. */
export function FilterChipBar() {
  const { state, navigate } = useUrlState();
  const chips = filterChips(state);
  if (chips.length === 0) return null;
  return (
    <div className="filter-chips" role="region" aria-label="Active filters">
      <ul className="filter-chips__list">
        {chips.map((chip) => (
          <li key={chip.key} className="filter-chip">
            <span>{chip.label}</span>
            <button
              type="button"
              className="filter-chip__remove"
              aria-label={`Remove filter ${chip.label}`}
              onClick={() => navigate(chip.without)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={() => navigate(clearFilters(state))}>
        Clear all
      </button>
    </div>
  );
}
