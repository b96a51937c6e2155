import { incidentCount } from '../../components/format-count';
import { useMemo } from 'react';
import { headline } from '../../analysis/headline';
import { yearSpan } from '../../analysis/year-span';
import { useUrlState } from '../../state/use-url-state';
import { ShareBarsLegend } from '../../charts/share-bars-legend';
import { LoadError } from '../../components/load-error';
import { useIndex } from '../../data/get-index';
import { useGroupedColumns } from '../../data/get-grouped-columns';
import { DatasetDownloads } from './list/dataset-downloads';
import { IncidentList } from './list/incident-list';
import { ListDownloads } from './list/list-downloads';
import { FacetPanelGrid } from './facet-panel-grid';
import { OrganizationPanel } from './organization-panel';
import { NoIncidents } from '../shared/no-incidents';
import { FilterBar } from './filter-bar';
import { FilterChipBar } from '../shared/filter-chip-bar';
import { isFiltered } from '../../state/filter-chips';
import { HeadlineStats } from './headline-stats';
import { PossibleCopiesNote } from './possible-copies-note';
import { JumpLink } from '../../components/jump-link';
import { useValueAfterPaint } from '../../components/use-value-after-paint';
import { OverviewSkeleton } from './overview-skeleton';
import { Skeleton } from '../../components/skeleton';
import { useFigureInput } from '../../state/figure-input';
import { facetFigure } from '../../figures/facet-figure';
import { possibleCopiesWarning } from '../../figures/figure-notes';
import type { FacetFigure } from '../../figures/facet-figure';
import { FACET_IDS } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';

const OVERVIEW_TOP = 'overview-top';
const LIST_HEADING = 'overview-list-heading';

/**
 * The dashboard: headline figures, filters, a panel per facet and the selected incidents.
 * Everything is derived in memos from the prepared columns and the cross-filter masks of
 * the URL's filters, so nothing here grows with the number of incidents except the
 * bitset work itself; the list draws one page. Each panel can be pinned to the deck or
 * exported, and the selection and the whole dataset downloaded.
 */
export function OverviewPage() {
  const { state } = useUrlState();
  const index = useIndex();
  const grouped = useGroupedColumns();
  const columns = grouped.data?.counting;
  const { input, selection } = useFigureInput(state);
  const { masks, masksFor } = selection;
  // Counting every organization of a million incidents, and drawing the list's page of
  // the new selection, take tens of milliseconds: the headline and the facet panels answer
  // a click in the first frame, and the organization panel and the list follow once it is
  // painted, each with the state, rows and masks of the same moment. They follow the first
  // drawing of the page too, which is the longest task of a load.
  const below = useValueAfterPaint(
    useMemo(() => ({ state, rows: selection.rows, terms: selection.terms, masksFor }), [state, selection.rows, selection.terms, masksFor]),
    null,
  );
  // The selection without its organization filter, so picking one never hides the others:
  // masked after the paint too, as only the organization panel reads it.
  const organizationMask = useMemo(() => (below?.masksFor ? below.masksFor({ ...below.state.filters, organizations: [] }).all : null), [below]);
  const span = useMemo(() => (columns ? yearSpan(columns) : null), [columns]);
  const figures = useMemo(
    () => (input ? (Object.fromEntries(FACET_IDS.map((facet) => [facet, facetFigure(input, state, facet)])) as Record<FacetId, FacetFigure>) : null),
    [input, state],
  );
  const summary = useMemo(() => (columns && masks ? headline(columns, masks.all) : null), [columns, masks]);
  // Stated once above the panels, so not under each of them.
  const statedAbove = useMemo(() => (columns ? [possibleCopiesWarning(columns.possibleCopies)].filter((line) => line !== null) : []), [columns]);

  // The ids and titles arrive after the columns: a failure among them fails the dataset as a whole, as any part of index.json would.
  const failed = selection.error ?? index.error;
  if (failed) {
    const retry = () => {
      selection.retry();
      if (index.isError) void index.refetch();
    };
    return <LoadError title="The dataset could not be loaded" error={failed} onRetry={retry} />;
  }
  const ready = columns && masks && figures && summary;
  const filtered = isFiltered(state);
  return (
    <div className="page overview-page">
      <h1 id={OVERVIEW_TOP} tabIndex={-1}>
        Overview
      </h1>
      {!ready ? (
        <OverviewSkeleton />
      ) : (
        <>
          <HeadlineStats headline={summary} />
          <PossibleCopiesNote copies={columns.possibleCopies} />
          {summary.selected > 0 && (
            <p className="overview-jump">
              <JumpLink target={LIST_HEADING}>Jump to the list of {incidentCount(summary.selected)}</JumpLink>
            </p>
          )}
          <FilterBar
            span={span}
            searchPartial={selection.searchPartial}
            searchWaiting={selection.searchWaiting}
            searchError={selection.searchError}
            onRetrySearch={selection.retry}
          />
          <FilterChipBar />
          {summary.selected === 0 && <NoIncidents />}
          <ShareBarsLegend showBaseline={filtered} />
          <FacetPanelGrid figures={figures} masks={masks.except} statedAbove={statedAbove} />
          {below && organizationMask && <OrganizationPanel columns={columns.organizations} mask={organizationMask} state={below.state} />}
          {summary.selected > 0 && (
            <section className="overview-list" aria-labelledby={LIST_HEADING}>
              <div className="overview-list__header">
                <h2 id={LIST_HEADING} tabIndex={-1}>
                  {incidentCount(summary.selected)} in the selection
                </h2>
                <JumpLink target={OVERVIEW_TOP} className="overview-list__back">
                  Back to the charts
                </JumpLink>
                {below?.rows && index.data && <ListDownloads index={index.data} rows={below.rows} />}
              </div>
              {below?.rows && index.data ? (
                <IncidentList index={index.data} rows={below.rows} terms={below.terms} state={below.state} />
              ) : (
                <Skeleton label="Putting the incidents in order" lines={6} />
              )}
            </section>
          )}
          {index.data && <DatasetDownloads index={index.data} />}
        </>
      )}
    </div>
  );
}
