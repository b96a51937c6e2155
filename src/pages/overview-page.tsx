import { useUrlState } from '../app/use-url-state';
import { LoadError } from '../components/load-error';
import { Skeleton } from '../components/skeleton';
import { useIndex } from '../data/get-index';
import { IncidentList } from './list/incident-list';
import { useSelection } from './selection/use-selection';

/** The selected incidents as a list, with how many the filters keep. */
export function OverviewPage() {
  const { state } = useUrlState();
  const index = useIndex();
  const selection = useSelection(state);
  if (selection.error) {
    return <LoadError title="The dataset could not be loaded" error={selection.error} onRetry={selection.retry} />;
  }
  if (!index.data || !selection.rows) return <Skeleton label="Loading incidents" lines={10} />;
  return (
    <div className="page overview-page">
      <h1>Incidents</h1>
      <p className="headline">
        {selection.rows.length} of {index.data.count} incidents
      </p>
      <IncidentList index={index.data} rows={selection.rows} />
    </div>
  );
}
