import { FigureChart } from '../../charts/figure-chart';
import { FigureCaption, FigureNotes } from '../../charts/figure-facts';
import { LoadError } from '../../components/load-error';
import { Skeleton } from '../../components/skeleton';
import type { Slide } from '../../presentation/deck-schema';
import { slideFacts } from '../../presentation/slide-facts';
import { SlideFallback } from './slide-fallback';
import { useSlideFigure } from './use-slide-figure';

/**
 * A slide's chart, counted now from its pinned view: the figure of its descriptor drawn
 * by the kind's renderer, with the figure's warnings, notes and caption, the same ones
 * the view and the images carry. A kind this build does not know gets the fallback.
 */
export function SlideFigure({ slide }: { readonly slide: Slide }) {
  const { chart, figure, selection } = useSlideFigure(slide);
  if (chart === null) return <SlideFallback slide={slide} />;
  if (selection.error) return <LoadError title="The dataset could not be loaded" error={selection.error} onRetry={selection.retry} />;
  if (figure === null) return <Skeleton label={`Loading ${slide.title}`} block />;
  return (
    <>
      <div className="present-slide__chart">
        <FigureChart figure={figure} mode="slide" />
      </div>
      <FigureNotes figure={{ ...figure, ...slideFacts(slide, figure) }} />
      {slide.note.trim() !== '' && <p className="present-slide__note">{slide.note}</p>}
      <div className="present-slide__caption">
        <FigureCaption figure={figure} pinnedBuild={slide.build} />
      </div>
    </>
  );
}
