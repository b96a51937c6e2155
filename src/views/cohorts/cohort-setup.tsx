import type { YearSpan } from '../../analysis/year-span';
import type { UrlState } from '../../state/url-state';
import { useUrlState } from '../../state/use-url-state';
import { CohortEditor } from './cohort-editor';
import { hasOwnFilters, swapCohorts, withCohort } from '../../state/cohort-filters';
import { cohortPresets } from './cohort-presets';
import type { CohortFigure } from '../../figures/cohort-figure';

interface CohortSetupProps {
  readonly figure: CohortFigure | null;
  readonly span: YearSpan | null;
}

/** The two cohorts side by side, the swap between them, and ready-made pairs to start from. */
export function CohortSetup({ figure, span }: CohortSetupProps) {
  const { state, navigate } = useUrlState();
  const lists: Record<'a' | 'b', UrlState> = figure ? { a: figure.cohorts.a.target.state, b: figure.cohorts.b.target.state } : { a: state, b: state };
  const defined = hasOwnFilters(state.cohorts.a) || hasOwnFilters(state.cohorts.b);
  return (
    <div className="cohort-setup">
      <p className="comparison-section__lead">
        Both cohorts start from the current selection. A cohort’s own filters (an option, the years, the kind) replace the
        selection’s filter of the same kind for that cohort, so each cohort is one set of filters and “List them” opens exactly
        its incidents.
      </p>
      <div className="cohort-presets" role="group" aria-label="Example cohorts">
        <span className="cohort-presets__label">{defined ? 'Or start from:' : 'Start from an example:'}</span>
        {cohortPresets(span).map((preset) => (
          <button key={preset.label} type="button" className="button button--quiet" onClick={() => navigate({ ...state, cohorts: preset.cohorts })}>
            {preset.label}
          </button>
        ))}
      </div>
      <div className="cohort-setup__editors">
        <CohortEditor
          name="a"
          filters={state.cohorts.a}
          size={figure?.cohorts.a.size ?? null}
          list={lists.a}
          span={span}
          onChange={(filters) => navigate(withCohort(state, 'a', filters))}
        />
        <button type="button" className="button cohort-setup__swap" onClick={() => navigate(swapCohorts(state))}>
          ⇄ Swap A and B
        </button>
        <CohortEditor
          name="b"
          filters={state.cohorts.b}
          size={figure?.cohorts.b.size ?? null}
          list={lists.b}
          span={span}
          onChange={(filters) => navigate(withCohort(state, 'b', filters))}
        />
      </div>
    </div>
  );
}
