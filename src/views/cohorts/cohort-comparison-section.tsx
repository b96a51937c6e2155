import { CohortChart } from '../../charts/cohort-chart';
import { FigureCaption, FigureNotes } from '../../charts/figure-facts';
import { FigureActions } from '../../export/figure-actions';
import type { CohortFigure } from '../../figures/cohort-figure';
import { FACET_IDS } from '../../domain/taxonomy';
import type { Bitset } from '../../analysis/bitset';
import type { UrlState } from '../../state/url-state';
import { OptionGroupNote } from '../shared/option-group-note';
import { CohortTable } from './cohort-table';

const HEADING = 'Cohort B against cohort A';

interface CohortComparisonSectionProps {
  readonly figure: CohortFigure;
  readonly state: UrlState;
  /** The selection both cohorts are cut from: what the list of a facet's grouped options counts over. */
  readonly selected: Bitset;
}

/**
 * Every facet's options in A and in B, B − A with its interval around 0, and the numbers.
 * What to be careful about comes before the plot, which runs long; what it counts, after.
 */
export function CohortComparisonSection({ figure, state, selected }: CohortComparisonSectionProps) {
  return (
    <section className="comparison-section" aria-labelledby="cohort-comparison-heading">
      <div className="comparison-section__head">
        <h2 id="cohort-comparison-heading">{HEADING}</h2>
        <FigureActions figure={figure} />
      </div>
      <p className="comparison-section__lead">
        {figure.title}. For each option, its share in A and in B and the difference B − A in percentage points with its 95% interval: right of
        0 is more common in B. Options are sorted by the size of the difference. Click a share to list those incidents.
      </p>
      <FigureNotes figure={figure} />
      <CohortChart figure={figure} mode="screen" />
      <FigureCaption figure={figure} />
      {FACET_IDS.map((facet) => (
        <OptionGroupNote key={facet} facet={facet} mask={selected} state={state} />
      ))}
      <details className="numbers">
        <summary>Table of the numbers</summary>
        <CohortTable comparison={figure.comparison} />
      </details>
    </section>
  );
}
