import { useMemo } from 'react';
import { parseUrlState } from '../../state/url-state';
import { LoadError } from '../../components/load-error';
import { Skeleton } from '../../components/skeleton';
import { FACETS } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';
import type { Slide } from '../../presentation/deck-schema';
import { TrendFigure } from './trend-figure';
import { trendLinks } from './trend-links';
import { useTrend } from './use-trend';

/**
 * A pinned trend, counted now from the slide's own URL state (filters, periods, measure,
 * layout) for the facet its descriptor names, with the view's own figure.
 */
export function TrendSlide({ slide, facet }: { readonly slide: Slide; readonly facet: FacetId }) {
  const state = useMemo(() => {
    const pinned = parseUrlState(slide.view);
    return { ...pinned, trend: { ...pinned.trend, facet } };
  }, [slide.view, facet]);
  const { view, selection } = useTrend(state);
  const links = useMemo(() => trendLinks(state), [state]);
  if (selection.error) return <LoadError title="The dataset could not be loaded" error={selection.error} onRetry={selection.retry} />;
  if (view === null) return <Skeleton label={`Loading ${FACETS[facet].name} over time`} block />;
  return (
    <TrendFigure
      data={view.data}
      series={view.drawn}
      measure={state.trend.measure}
      layout={view.layout}
      lowNThreshold={view.trend.lowNThreshold}
      label={`${FACETS[facet].name} over time`}
      linkFor={links.point}
    />
  );
}
