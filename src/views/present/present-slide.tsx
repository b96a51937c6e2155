import { ViewErrorBoundary } from '../../components/view-error-boundary';
import type { Slide } from '../../presentation/deck-schema';
import { slideCaption, slideTitle } from '../../presentation/slide-caption';
import { slideRendererFor } from '../../presentation/slide-renderers';
import { SlideFallback } from './slide-fallback';
import { useSlideData } from './use-slide-data';

interface PresentSlideProps {
  readonly slide: Slide;
  readonly position: number;
  readonly total: number;
  /** Every slide stays mounted, so moving between them is instant and print gets them all. */
  readonly hidden: boolean;
}

/**
 * One slide: title, the chart its kind's renderer draws (or the fallback), the note, and
 * the caption that says what the chart counts. A chart that fails to draw takes down its
 * own slide only.
 */
export function PresentSlide({ slide, position, total, hidden }: PresentSlideProps) {
  const data = useSlideData(slide);
  const render = slideRendererFor(slide);
  const headingId = `present-slide-${slide.id}`;
  return (
    <section className="present-slide" hidden={hidden} aria-labelledby={headingId} aria-roledescription="slide">
      <h2 id={headingId} className="present-slide__title">
        <span className="visually-hidden">
          Slide {position} of {total}:{' '}
        </span>
        {slideTitle(slide)}
      </h2>
      <div className="present-slide__chart">
        <ViewErrorBoundary>{render === null ? <SlideFallback slide={slide} /> : render(slide)}</ViewErrorBoundary>
      </div>
      {slide.note.trim() !== '' && <p className="present-slide__note">{slide.note}</p>}
      <p className="present-slide__caption">{slideCaption(slide, data)}</p>
    </section>
  );
}
