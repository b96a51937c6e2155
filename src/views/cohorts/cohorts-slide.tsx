import { useMemo } from 'react';
import { parseUrlState } from '../../state/url-state';
import { DifferencePlot } from '../../charts/difference-plot';
import { LoadError } from '../../components/load-error';
import { Skeleton } from '../../components/skeleton';
import type { Slide } from '../../presentation/deck-schema';
import { cohortWords } from '../../figures/cohort-words';
import { largestDifferences } from '../../figures/largest-differences';
import { useCohorts } from './use-cohorts';

/** How many options a slide shows: a projector has room for about this many rows. */
const SLIDE_ROWS = 10;

/** A pinned cohort comparison, counted now: who A and B are, and the largest differences across every facet. */
export function CohortsSlide({ slide }: { readonly slide: Slide }) {
  const state = useMemo(() => parseUrlState(slide.view), [slide.view]);
  const { view, selection } = useCohorts(state);
  const groups = useMemo(() => (view ? [largestDifferences(view, SLIDE_ROWS)] : null), [view]);
  if (selection.error) return <LoadError title="The dataset could not be loaded" error={selection.error} onRetry={selection.retry} />;
  if (view === null || groups === null) return <Skeleton label="Loading the cohorts" block />;
  return (
    <div className="cohorts-slide">
      <p>
        A: {cohortWords(state.cohorts.a)} ({view.comparison.sizeA}). B: {cohortWords(state.cohorts.b)} ({view.comparison.sizeB}).
      </p>
      <DifferencePlot groups={groups} label="The largest differences between the cohorts" />
    </div>
  );
}
