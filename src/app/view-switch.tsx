import { CohortsPage } from '../pages/cohorts/cohorts-page';
import '../pages/comparison/comparison-slides';
import { CrosstabPage } from '../pages/crosstab/crosstab-page';
import { IncidentPage } from '../pages/incident-page';
import { OverviewPage } from '../pages/overview-page';
import { DeckPage } from '../pages/present/deck-page';
import '../pages/present/facet-slide-renderer';
import { PresentPage } from '../pages/present/present-page';
import { QualityPage } from '../pages/quality-page';
import { TrendsPage } from '../pages/trends/trends-page';
import { useSelection } from '../pages/selection/use-selection';
import type { UrlState } from './url-state';
import { useUrlState } from './use-url-state';

/** An incident page with the URL's selection for previous / next; no neighbours until it has loaded. */
function IncidentView({ state, id }: { readonly state: UrlState; readonly id: string }) {
  const selection = useSelection(state);
  return <IncidentPage id={id} selection={selection.ids ?? []} />;
}

/** The view the URL names. An incident view without an id shows the overview instead of nothing. */
export function ViewSwitch() {
  const { state } = useUrlState();
  if (state.view === 'incident' && state.id !== null) return <IncidentView state={state} id={state.id} />;
  if (state.view === 'quality') return <QualityPage />;
  if (state.view === 'trends') return <TrendsPage />;
  if (state.view === 'crosstab') return <CrosstabPage />;
  if (state.view === 'cohorts') return <CohortsPage />;
  if (state.view === 'deck') return <DeckPage />;
  if (state.view === 'present') return <PresentPage />;
  return <OverviewPage />;
}
