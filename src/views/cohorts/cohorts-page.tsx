import { useMemo } from 'react';
import { yearSpan } from '../../analysis/year-span';
import { useUrlState } from '../../state/use-url-state';
import { usePreparedColumns } from '../../data/get-prepared-columns';
import { cohortFigure } from '../../figures/cohort-figure';
import { useFigureInput } from '../../state/figure-input';
import { ViewFrame } from '../shared/view-frame';
import { hasOwnFilters } from '../../state/cohort-filters';
import { CohortComparisonSection } from './cohort-comparison-section';
import { CohortSetup } from './cohort-setup';

/** How do finance incidents differ from health incidents? Two cohorts compared facet by facet. */
export function CohortsPage() {
  const { state } = useUrlState();
  const columns = usePreparedColumns();
  const span = useMemo(() => (columns.data ? yearSpan(columns.data) : null), [columns.data]);
  const { input, selection } = useFigureInput(state);
  const figure = useMemo(() => (input ? cohortFigure(input, state) : null), [input, state]);
  const selected = selection.masks?.all ?? null;
  const defined = hasOwnFilters(state.cohorts.a) || hasOwnFilters(state.cohorts.b);
  const { a, b } = figure?.cohorts ?? { a: null, b: null };
  const emptyCohort = a !== null && b !== null && (a.size === 0 || b.size === 0);
  return (
    <ViewFrame
      title="Cohorts side by side"
      intro="Two groups of incidents compared option by option, with intervals and tests adjusted for the many comparisons, so a difference can be told from noise."
      selection={selection}
      loading={figure === null || selected === null}
      empty={selection.rows !== null && selection.rows.length === 0}
      className="cohorts-page"
    >
      <CohortSetup figure={figure} span={span} />
      {figure && !defined && <p className="cohorts-page__prompt">Give cohort A or B a filter of its own to compare them.</p>}
      {figure && defined && emptyCohort && (
        <p className="cohorts-page__prompt" role="status">
          {a?.size === 0 ? 'Cohort A' : 'Cohort B'} has no incident: change its filters to compare.
        </p>
      )}
      {figure && selected && defined && !emptyCohort && <CohortComparisonSection figure={figure} state={state} selected={selected} />}
    </ViewFrame>
  );
}
