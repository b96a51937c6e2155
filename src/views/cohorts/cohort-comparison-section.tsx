import { useMemo, useRef } from 'react';
import type { UrlState } from '../../state/url-state';
import { DifferencePlot } from '../../charts/difference-plot';
import { ViewActions } from '../../export/view-actions';
import { FACET_IDS } from '../../domain/taxonomy';
import { lightExportSource } from '../shared/light-export';
import { OptionGroupNote } from '../shared/option-group-note';
import { cohortCsv } from './cohort-csv';
import { cohortWords } from '../../figures/cohort-words';
import { CohortNotes } from './cohort-notes';
import { CohortTable } from './cohort-table';
import { differenceGroups } from '../../figures/difference-groups';
import type { CohortsView } from './use-cohorts';

const TITLE = 'Cohort B against cohort A';

/** Every facet's options in A and in B, B − A with its interval around 0, the notes and the numbers. */
export function CohortComparisonSection({ view, state, build }: { readonly view: CohortsView; readonly state: UrlState; readonly build: string }) {
  const svg = useRef<SVGSVGElement>(null);
  const { comparison, counted } = view;
  // An exported image or slide carries the cohorts in its title: its filter line names only the shared selection.
  const exportTitle = `Cohort B (${cohortWords(state.cohorts.b)}) against cohort A (${cohortWords(state.cohorts.a)})`;
  const groups = useMemo(() => differenceGroups(comparison, view.states), [comparison, view.states]);
  return (
    <section className="comparison-section" aria-labelledby="cohort-comparison-heading">
      <div className="comparison-section__head">
        <h2 id="cohort-comparison-heading">{TITLE}</h2>
        <ViewActions
          chart={{ kind: 'cohorts' }}
          title={exportTitle}
          build={build}
          figures={{ n: counted.selected, firstPublished: counted.firstPublished, lastPublished: counted.lastPublished }}
          getCsv={() => cohortCsv(comparison)}
          getSvgSpec={() => lightExportSource(svg.current)}
        />
      </div>
      <p className="comparison-section__lead">
        For each option, its share in A and in B and the difference B − A in percentage points with its 95% interval: right of 0 is
        more common in B. Options are sorted by the size of the difference. Click a share to list those incidents.
      </p>
      <CohortNotes comparison={comparison} />
      <DifferencePlot groups={groups} label={`${TITLE}: difference of shares per option`} svgRef={svg} />
      {FACET_IDS.map((facet) => (
        <OptionGroupNote key={facet} facet={facet} mask={view.selected} state={state} />
      ))}
      <details className="numbers">
        <summary>Table of the numbers</summary>
        <CohortTable comparison={comparison} />
      </details>
    </section>
  );
}
