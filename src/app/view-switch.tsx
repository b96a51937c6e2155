import { type ReactNode, Suspense, useMemo } from 'react';
import { selectionNeighbours } from '../analysis/selection-neighbours';
import { useIndex } from '../data/get-index';
import { Skeleton } from '../components/skeleton';
import { IncidentPage } from '../views/incident/incident-page';
import { OverviewPage } from '../views/overview/overview-page';
import { useSelection } from '../state/use-selection';
import type { UrlState } from '../state/url-state';
import { lazyView } from './lazy-view';
import { useUrlState } from '../state/use-url-state';

/*
 * The overview and incident pages are what a link usually opens; every other view (and
 * the charting library the comparison views bring) loads when first visited, so the first
 * page stays small.
 */
const QualityPage = lazyView(() => import('../views/quality/quality-page').then((m) => m.QualityPage));
const TrendsPage = lazyView(() => import('../views/trends/trends-page').then((m) => m.TrendsPage));
const CrosstabPage = lazyView(() => import('../views/crosstab/crosstab-page').then((m) => m.CrosstabPage));
const CohortsPage = lazyView(() => import('../views/cohorts/cohorts-page').then((m) => m.CohortsPage));
const OrganizationPage = lazyView(() => import('../views/organization/organization-page').then((m) => m.OrganizationPage));
const FindingsPage = lazyView(() => import('../views/findings/findings-page').then((m) => m.FindingsPage));
const DeckPage = lazyView(() => import('../views/present/deck-page').then((m) => m.DeckPage));
const PresentPage = lazyView(() => import('../views/present/present-page').then((m) => m.PresentPage));

/** Fetches the code of every view that loads on demand, for a page that must not wait for it. */
export function preloadViews(): Promise<void[]> {
  return Promise.all([QualityPage, TrendsPage, CrosstabPage, CohortsPage, FindingsPage, OrganizationPage, DeckPage, PresentPage].map((view) => view.preload()));
}

/** An incident page with the URL's selection for previous / next; no neighbours until it has loaded. */
function IncidentView({ state, id }: { readonly state: UrlState; readonly id: string }) {
  const { rows } = useSelection(state);
  const ids = useIndex().data?.id;
  const neighbours = useMemo(
    () => {
      if (!rows || !ids) return NOT_LOADED;
      return selectionNeighbours(rows.all(), ids.indexOf(id), (row) => ids.at(row));
    },
    [rows, ids, id],
  );
  return <IncidentPage id={id} neighbours={neighbours} />;
}

const NOT_LOADED = { position: -1, total: 0, previous: null, next: null } as const;

const loading = (view: ReactNode) => <Suspense fallback={<Skeleton label="Loading the view" lines={8} />}>{view}</Suspense>;

/** The view the URL names. An incident view without an id shows the overview instead of nothing. */
export function ViewSwitch() {
  const { state } = useUrlState();
  if (state.view === 'incident' && state.id !== null) return <IncidentView state={state} id={state.id} />;
  if (state.view === 'quality') return loading(<QualityPage />);
  if (state.view === 'trends') return loading(<TrendsPage />);
  if (state.view === 'crosstab') return loading(<CrosstabPage />);
  if (state.view === 'cohorts') return loading(<CohortsPage />);
  if (state.view === 'findings') return loading(<FindingsPage />);
  if (state.view === 'organization' && state.org !== null) return loading(<OrganizationPage />);
  if (state.view === 'deck') return loading(<DeckPage />);
  if (state.view === 'present') return loading(<PresentPage />);
  return <OverviewPage />;
}
