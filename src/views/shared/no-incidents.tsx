import { EmptyState } from '../../components/empty-state';
import { useIndexColumns } from '../../data/get-index';
import { clearFilters } from '../../state/filter-actions';
import { useUrlState } from '../../state/use-url-state';

/**
 * What a view shows when its selection holds no incident. Filters explain that only
 * when the dataset has incidents to filter: a dataset the prebuild made no incident of
 * (every input skipped) says so, and leads to Data quality, which lists each input and
 * why it was skipped.
 */
export function NoIncidents() {
  const { state, navigate } = useUrlState();
  const count = useIndexColumns().data?.count;
  if (count === 0) {
    return (
      <EmptyState
        message="This dataset holds no incident: the prebuild made none of its inputs one."
        actionLabel="See why on Data quality"
        onAction={() => navigate({ ...state, view: 'quality', id: null, deck: null })}
      />
    );
  }
  return <EmptyState message="No incident matches these filters." actionLabel="Clear all filters" onAction={() => navigate(clearFilters(state))} />;
}
