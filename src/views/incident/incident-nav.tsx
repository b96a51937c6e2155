import type { SelectionNeighbours } from '../../analysis/selection-neighbours';
import { LIST_PAGE_SIZE } from '../../state/url-state';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';
import { listReturnState } from '../../state/list-return';
import { formatCount } from '../../components/format-count';

interface IncidentNavProps {
  /** Where the incident sits in the selection's list order. */
  readonly neighbours: SelectionNeighbours;
}

/**
 * Back to the list and previous / next within the selection, all by URL so Back works and
 * each step can be shared. The filters stay as they are; the list opens on the page that
 * holds this incident. An incident outside the selection has no neighbours to step to.
 */
export function IncidentNav({ neighbours }: IncidentNavProps) {
  const { state } = useUrlState();
  const { position, total, previous, next } = neighbours;
  const listPage = position === -1 ? state.page : Math.floor(position / LIST_PAGE_SIZE) + 1;
  return (
    <nav className="incident-nav" aria-label="Incident navigation">
      <UrlLink to={{ ...state, view: 'overview', id: null, page: listPage }} className="incident-nav__back" historyState={state.id === null ? undefined : listReturnState(state.id)}>
        Back to list
      </UrlLink>
      {position !== -1 && (
        <span className="incident-nav__position">
          {formatCount(position + 1)} of {formatCount(total)}
        </span>
      )}
      <span className="incident-nav__steps">
        {previous === null ? (
          <span className="incident-nav__disabled">Previous</span>
        ) : (
          <UrlLink to={{ ...state, id: previous }} rel="prev">
            Previous
          </UrlLink>
        )}
        {next === null ? (
          <span className="incident-nav__disabled">Next</span>
        ) : (
          <UrlLink to={{ ...state, id: next }} rel="next">
            Next
          </UrlLink>
        )}
      </span>
    </nav>
  );
}
