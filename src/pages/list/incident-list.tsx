import { LIST_PAGE_SIZE, defaultUrlState } from '../../app/url-state';
import { UrlLink } from '../../app/url-link';
import { useUrlState } from '../../app/use-url-state';
import { EmptyState } from '../../components/empty-state';
import { formatIsoDate, ymdToIso } from '../../components/format-date';
import type { DatasetIndex } from '../../domain/schema';
import { ListPager } from './list-pager';
import { ListSort } from './list-sort';

interface IncidentListProps {
  readonly index: DatasetIndex;
  /** Selected index rows in list order, as `useSelection` gives them. */
  readonly rows: Uint32Array;
}

const KIND_ARTICLE = 1;

/**
 * One page of the selected incidents, each linking to its incident page. A page number
 * past the end (an old link, a narrower filter) shows the last page rather than nothing.
 */
export function IncidentList({ index, rows }: IncidentListProps) {
  const { state, navigate } = useUrlState();
  if (rows.length === 0) {
    const clear = () => navigate({ ...defaultUrlState(), sort: state.sort, excludeGaps: state.excludeGaps });
    return <EmptyState message="No incident matches these filters." actionLabel="Clear all filters" onAction={clear} />;
  }
  const pages = Math.ceil(rows.length / LIST_PAGE_SIZE);
  const page = Math.min(state.page, pages);
  const shown = rows.subarray((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
  return (
    <section className="incident-list" aria-label="Incidents">
      <ListSort />
      <ol className="incident-list__items" start={(page - 1) * LIST_PAGE_SIZE + 1}>
        {Array.from(shown, (row) => {
          const published = index.published[row];
          return (
            <li key={index.id[row]} className="incident-list__item">
              <UrlLink to={{ ...state, view: 'incident', id: index.id[row] }}>{index.title[row]}</UrlLink>
              <span className="muted">
                {published === null ? 'Date unknown' : formatIsoDate(ymdToIso(published))}
                {index.kind[row] === KIND_ARTICLE && ' · article, not analysed'}
              </span>
            </li>
          );
        })}
      </ol>
      <ListPager page={page} pages={pages} />
    </section>
  );
}
