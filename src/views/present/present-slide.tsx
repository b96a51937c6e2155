import { ViewErrorBoundary } from '../../components/view-error-boundary';
import type { Slide } from '../../presentation/deck-schema';
import { slideTitle } from '../../presentation/slide-caption';
import { SlideFigure } from './slide-figure';

interface PresentSlideProps {
  readonly slide: Slide;
  readonly position: number;
  readonly total: number;
  /** Every slide stays mounted, so moving between them is instant and print gets them all. */
  readonly hidden: boolean;
}

/**
 * One slide: title, the chart of its figure, what to be careful about, the note, and
 * the caption that says what the chart counts. A chart that fails to draw takes down its
 * own slide only.
 */
export function PresentSlide({ slide, position, total, hidden }: PresentSlideProps) {
  const headingId = `present-slide-${slide.id}`;
  return (
    <section className="present-slide" hidden={hidden} aria-labelledby={headingId} aria-roledescription="slide">
      <h2 id={headingId} className="present-slide__title">
        <span className="visually-hidden">
          Slide {position} of {total}:{' '}
        </span>
        {slideTitle(slide)}
      </h2>
      <ViewErrorBoundary>
        <SlideFigure slide={slide} />
      </ViewErrorBoundary>
    </section>
  );
}
