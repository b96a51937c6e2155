import { useMemo } from 'react';
import { parseUrlState } from '../../state/url-state';
import { Heatmap } from '../../charts/heatmap';
import { LoadError } from '../../components/load-error';
import { Skeleton } from '../../components/skeleton';
import { FACETS } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';
import type { Slide } from '../../presentation/deck-schema';
import { associationVerdict } from '../../figures/association-verdict';
import { crosstabHeatmap } from './crosstab-heatmap';
import { crosstabLegend } from '../../figures/crosstab-legend';
import { useCrosstab } from './use-crosstab';
import { useShuffledP } from '../../state/use-shuffled-p';

interface CrosstabSlideProps {
  readonly slide: Slide;
  readonly rows: FacetId;
  readonly cols: FacetId;
}

/** A pinned crosstab, counted now from the slide's URL state for the facets its descriptor names, with its test in one line. */
export function CrosstabSlide({ slide, rows, cols }: CrosstabSlideProps) {
  const state = useMemo(() => {
    const pinned = parseUrlState(slide.view);
    return { ...pinned, crosstab: { ...pinned.crosstab, rows, cols } };
  }, [slide.view, rows, cols]);
  const { view, selection } = useCrosstab(state);
  const model = useMemo(() => (view ? crosstabHeatmap(view.figures, state.crosstab, state) : null), [view, state]);
  const shuffled = useShuffledP(view?.figures.association.shuffle ?? null);
  const title = `${FACETS[rows].name} × ${FACETS[cols].name}`;
  if (selection.error) return <LoadError title="The dataset could not be loaded" error={selection.error} onRetry={selection.retry} />;
  if (view === null || model === null) return <Skeleton label={`Loading ${title}`} block />;
  const verdict = associationVerdict(view.figures.association, shuffled);
  return (
    <div className="crosstab-slide">
      <Heatmap model={model} legend={crosstabLegend(state.crosstab.shade)} label={title} />
      {verdict && (
        <p className="association__headline">
          {verdict.statistic}, {verdict.p}. {verdict.effect}.
        </p>
      )}
    </div>
  );
}
