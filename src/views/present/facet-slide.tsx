import { useMemo } from 'react';
import { baselineTally, countFacet } from '../../analysis/facet-counts';
import type { FacetPanel as FacetPanelData } from '../../analysis/facet-counts';
import { parseUrlState } from '../../state/url-state';
import { LoadError } from '../../components/load-error';
import { Skeleton } from '../../components/skeleton';
import { useGroupedColumns } from '../../data/get-grouped-columns';
import { FACETS } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';
import type { Slide } from '../../presentation/deck-schema';
import { slideTitle } from '../../presentation/slide-caption';
import { FacetPanel } from '../shared/facet-panel';
import { isFiltered } from '../../state/filter-chips';
import { useSelection } from '../../state/use-selection';

interface FacetSlideProps {
  readonly slide: Slide;
  readonly facet: FacetId;
}

/**
 * A pinned facet panel, counted now from the slide's own URL state (its filters, search,
 * years and gap switch), with the overview's panel component, so a slide and the panel
 * it was pinned from draw the same bars from the same numbers. Its bars only show: a
 * slide keeps the view as it was pinned, and the overview is where filters change.
 * Present mode's larger type scale sizes it for a projector. The panel's own title is
 * shown only when the slide was renamed, so an untouched slide does not say "Phase" twice.
 */
export function FacetSlide({ slide, facet }: FacetSlideProps) {
  const state = useMemo(() => parseUrlState(slide.view), [slide.view]);
  const columns = useGroupedColumns().data?.counting;
  const selection = useSelection(state);
  const { masks } = selection;
  const panel = useMemo(
    (): FacetPanelData | null =>
      columns && masks
        ? {
            facet,
            selection: countFacet(columns, facet, masks.except[facet], state.excludeGaps),
            baseline: baselineTally(columns, facet, state.excludeGaps),
          }
        : null,
    [columns, masks, facet, state.excludeGaps],
  );
  if (selection.error) return <LoadError title="The dataset could not be loaded" error={selection.error} onRetry={selection.retry} />;
  if (panel === null) return <Skeleton label={`Loading ${FACETS[facet].name}`} block />;
  return (
    <FacetPanel
      panel={panel}
      filter={state.filters.facets[facet]}
      excludeGaps={state.excludeGaps}
      showBaseline={isFiltered(state)}
      headingLevel={3}
      titleHidden={slideTitle(slide) === FACETS[facet].name}
    />
  );
}
