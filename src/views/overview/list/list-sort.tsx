import type { RowSort } from '../../../analysis/row-order';
import { useUrlState } from '../../../state/use-url-state';

const SORT_LABELS: Record<RowSort, string> = {
  'date-asc': 'Oldest first',
  'date-desc': 'Newest first',
  title: 'Title',
};

const isRowSort = (value: string): value is RowSort => value in SORT_LABELS;

/** The list order, kept in the URL; changing it starts again at page 1. */
export function ListSort() {
  const { state, navigate } = useUrlState();
  return (
    <label className="list-sort">
      Sort{' '}
      <select
        value={state.sort}
        onChange={(event) => {
          const sort = event.target.value;
          if (isRowSort(sort)) navigate({ ...state, sort, page: 1 });
        }}
      >
        {Object.entries(SORT_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
