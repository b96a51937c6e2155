import { parseUrlState } from '../../state/url-state';
import { UrlLink } from '../../state/url-link';
import { chartTitle } from '../../figures/chart-descriptor';
import type { Slide } from '../../presentation/deck-schema';

/**
 * A slide whose chart kind this build does not draw: what the chart is and a link to the
 * pinned view, where it can be seen with the same filters.
 */
export function SlideFallback({ slide }: { readonly slide: Slide }) {
  return (
    <div className="slide-fallback">
      <p className="slide-fallback__what">{chartTitle(slide.chart)} is drawn in its own view.</p>
      <UrlLink to={parseUrlState(slide.view)}>Open this view</UrlLink>
    </div>
  );
}
