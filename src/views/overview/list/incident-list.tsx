import { memo, useEffect, useMemo, useRef } from 'react';
import { LIST_PAGE_SIZE, defaultUrlState } from '../../../state/url-state';
import type { UrlState } from '../../../state/url-state';
import { takeListRow } from '../../../state/list-return';
import { navigate } from '../../../state/use-url-state';
import { EmptyState } from '../../../components/empty-state';
import type { LabelledIndex } from '../../../domain/label-column';
import type { OrderedRows } from '../../../analysis/row-order';
import { IncidentListItem } from './incident-list-item';
import { ListPager } from './list-pager';
import { ListSort } from './list-sort';

interface IncidentListProps {
  readonly index: LabelledIndex;
  /** Selected index rows in list order, as `useSelection` gives them. */
  readonly rows: OrderedRows;
  /** Lowercased search terms to mark in titles and organizations; none without a search. */
  readonly terms?: readonly string[];
  /** The URL state the rows were selected by: the page to show, and what each incident's link keeps. */
  readonly state: UrlState;
}

/**
 * One page of the selected incidents, each linking to its incident page. A page number
 * past the end (an old link, a narrower filter) shows the last page rather than nothing.
 * Coming back from an incident puts focus on its row, scrolled into view. Memoized: the
 * overview renders for its panels first after every click, and the list has nothing new
 * to show until its own rows and state follow.
 */
export const IncidentList = memo(function IncidentList({ index, rows, terms = [], state }: IncidentListProps) {
  const items = useRef<HTMLOListElement>(null);
  const pages = Math.ceil(rows.length / LIST_PAGE_SIZE);
  const page = Math.min(state.page, pages);
  const shown = useMemo(() => rows.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE), [rows, page]);
  useEffect(() => {
    const id = takeListRow();
    const at = id === null ? -1 : Array.from(shown, (row) => index.id.at(row)).indexOf(id);
    const link = items.current?.querySelectorAll<HTMLAnchorElement>('.incident-list__title')[at];
    if (link === undefined) return;
    link.scrollIntoView({ block: 'center' });
    link.focus({ preventScroll: true });
  }, [index, shown]);
  if (rows.length === 0) {
    const clear = () => navigate({ ...defaultUrlState(), sort: state.sort, excludeGaps: state.excludeGaps });
    return <EmptyState message="No incident matches these filters." actionLabel="Clear all filters" onAction={clear} />;
  }
  return (
    <section className="incident-list" aria-label="Incidents">
      <ListSort />
      <ol className="incident-list__items" start={(page - 1) * LIST_PAGE_SIZE + 1} ref={items}>
        {Array.from(shown, (row) => (
          <IncidentListItem key={index.id.at(row)} index={index} row={row} state={state} terms={terms} />
        ))}
      </ol>
      <ListPager page={page} pages={pages} />
    </section>
  );
});
