import type { Figure } from '../figures/figure-of';
import { standaloneSvg } from './chart-image';
import { drawFigureChart } from './figure-image';
import { SLIDE_CHART_WIDTH, slideFrameOf, slideSvg } from './slide-svg';
import type { SlideImage, SlideOptions } from './slide-svg';

/**
 * A figure as a 1920 × 1080 slide in the export theme: its chart drawn by its kind's
 * renderer, scaled to the room its title, facts and caption leave, never stretched.
 */
export const slideImage = (figure: Figure, options: SlideOptions): Promise<SlideImage> =>
  drawFigureChart(figure, SLIDE_CHART_WIDTH, (chart) => slideSvg(standaloneSvg(chart), slideFrameOf(figure, options)));
