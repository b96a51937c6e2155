import { useMemo } from 'react';
import { yearSpan } from '../../analysis/year-span';
import { useUrlState } from '../../state/use-url-state';
import { useIndex } from '../../data/get-index';
import { usePreparedColumns } from '../../data/get-prepared-columns';
import { ViewFrame } from '../shared/view-frame';
import { hasOwnFilters } from '../../state/cohort-filters';
import { CohortComparisonSection } from './cohort-comparison-section';
import { CohortSetup } from './cohort-setup';
import { useCohorts } from './use-cohorts';

/** How do finance incidents differ from health incidents? Two cohorts compared facet by facet. */
export function CohortsPage() {
  const { state } = useUrlState();
  const index = useIndex();
  const columns = usePreparedColumns();
  const span = useMemo(() => (columns.data ? yearSpan(columns.data) : null), [columns.data]);
  const { view, selection } = useCohorts(state);
  const defined = hasOwnFilters(state.cohorts.a) || hasOwnFilters(state.cohorts.b);
  const emptyCohort = view !== null && (view.comparison.sizeA === 0 || view.comparison.sizeB === 0);
  return (
    <ViewFrame
      title="Cohorts side by side"
      intro="Two groups of incidents compared option by option, with intervals and tests adjusted for the many comparisons, so a difference can be told from noise."
      selection={selection}
      loading={view === null || !index.data}
      empty={selection.rows !== null && selection.rows.length === 0}
      className="cohorts-page"
    >
      <CohortSetup view={view} span={span} />
      {view && index.data && !defined && <p className="cohorts-page__prompt">Give cohort A or B a filter of its own to compare them.</p>}
      {view && index.data && defined && emptyCohort && (
        <p className="cohorts-page__prompt" role="status">
          {view.comparison.sizeA === 0 ? 'Cohort A' : 'Cohort B'} has no incident: change its filters to compare.
        </p>
      )}
      {view && index.data && defined && !emptyCohort && <CohortComparisonSection view={view} state={state} build={index.data.build} />}
    </ViewFrame>
  );
}
