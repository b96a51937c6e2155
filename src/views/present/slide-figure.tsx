import { FigureChart } from '../../charts/figure-chart';
import { FigureCaption, FigureNotes } from '../../charts/figure-facts';
import { LoadError } from '../../components/load-error';
import { Skeleton } from '../../components/skeleton';
import type { Slide } from '../../presentation/deck-schema';
import { useSlideFigure } from './use-slide-figure';
import { SlideFallback } from './slide-fallback';
import type { RenderSlide } from './present-slide';
import { slideCaption } from '../../presentation/slide-caption';
import { useSlideData } from './use-slide-data';

/**
 * A slide's chart, counted now from its pinned view: the figure of its descriptor drawn
 * by the kind's renderer, with the figure's warnings, notes and caption, the same ones
 * the view and the images carry. A kind this build does not know gets the fallback.
 */
export function SlideFigure({ slide, renderSlide }: { readonly slide: Slide; readonly renderSlide: RenderSlide }) {
  const { chart, figure, loaded, selection } = useSlideFigure(slide);
  if (chart === null) return <SlideFallback slide={slide} />;
  if (selection.error) return <LoadError title="The dataset could not be loaded" error={selection.error} onRetry={selection.retry} />;
  if (!loaded) return <Skeleton label={`Loading ${slide.title}`} block />;
  if (figure === null) return <LegacySlide slide={slide} renderSlide={renderSlide} />;
  return (
    <>
      <div className="present-slide__chart">
        <FigureChart figure={figure} mode="slide" />
      </div>
      <FigureNotes figure={figure} />
      {slide.note.trim() !== '' && <p className="present-slide__note">{slide.note}</p>}
      <div className="present-slide__caption">
        <FigureCaption figure={figure} pinnedBuild={slide.build} />
      </div>
    </>
  );
}

function LegacySlide({ slide, renderSlide }: { readonly slide: Slide; readonly renderSlide: RenderSlide }) {
  const data = useSlideData(slide);
  return (
    <>
      <div className="present-slide__chart">{renderSlide(slide)}</div>
      {slide.note.trim() !== '' && <p className="present-slide__note">{slide.note}</p>}
      <p className="present-slide__caption">{slideCaption(slide, data)}</p>
    </>
  );
}
