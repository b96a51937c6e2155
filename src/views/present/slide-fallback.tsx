import { parseUrlState } from '../../state/url-state';
import { UrlLink } from '../../state/url-link';
import { chartTitle } from '../../figures/chart-descriptor';
import type { Slide } from '../../presentation/deck-schema';
import { slideCaption } from '../../presentation/slide-caption';

/**
 * A slide whose chart kind this build does not draw: what the chart is, a link to the
 * pinned view, where it can be seen with the same filters, the note, and what was pinned.
 */
export function SlideFallback({ slide }: { readonly slide: Slide }) {
  return (
    <>
      <div className="slide-fallback">
        <p className="slide-fallback__what">{chartTitle(slide.chart)} is drawn in its own view.</p>
        <UrlLink to={parseUrlState(slide.view)}>Open this view</UrlLink>
      </div>
      {slide.note.trim() !== '' && <p className="present-slide__note">{slide.note}</p>}
      <p className="present-slide__caption">{slideCaption(slide)}</p>
    </>
  );
}
