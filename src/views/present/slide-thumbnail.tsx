import { FigureChart } from '../../charts/figure-chart';
import { FigureCaption } from '../../charts/figure-facts';
import { Skeleton } from '../../components/skeleton';
import type { Slide } from '../../presentation/deck-schema';
import { slideCaption, slideTitle } from '../../presentation/slide-caption';
import { useSlideFigure } from './use-slide-figure';

/**
 * A slide as a small picture on the deck page: its title and chart drawn at present
 * mode's size and scaled down, so the deck reads at a glance as it will be shown, and
 * under it the caption the slide will carry (what was pinned, for a kind this build does
 * not draw). The picture is hidden from screen readers
 * and takes no focus: the caption and the fields beside it say the same in words.
 */
export function SlideThumbnail({ slide }: { readonly slide: Slide }) {
  const { chart, figure } = useSlideFigure(slide);
  return (
    <figure className="slide-thumbnail">
      <div className="slide-thumbnail__frame" aria-hidden="true" inert>
        <div className="slide-thumbnail__page">
          <h2 className="present-slide__title">{slideTitle(slide)}</h2>
          <div className="present-slide__chart">
            {figure !== null ? <FigureChart figure={figure} mode="slide" /> : chart !== null && <Skeleton label="Loading the slide" block />}
          </div>
        </div>
      </div>
      <figcaption className="slide-thumbnail__caption">
        {figure !== null ? <FigureCaption figure={figure} pinnedBuild={slide.build} /> : slideCaption(slide)}
      </figcaption>
    </figure>
  );
}
