import { parseUrlState } from '../state/url-state';
import { chartTitle } from '../figures/chart-descriptor';
import { buildText } from '../figures/figure-caption';
import type { Slide } from './deck-schema';
import { filtersText } from '../state/filters-in-words';

const SEPARATOR = ' · ';

/** The slide's title as typed, or its chart's name when the title was left empty. */
export const slideTitle = (slide: Slide): string => (slide.title.trim() === '' ? chartTitle(slide.chart) : slide.title);

/**
 * What a slide was pinned as, from its own state, for a slide whose chart this build
 * cannot count: "Phase × Boundary · filters: Objective = malicious · dataset build
 * abc123". A slide that can be counted is captioned by its figure instead.
 */
export const slideCaption = (slide: Slide): string =>
  [chartTitle(slide.chart), filtersText(parseUrlState(slide.view)), buildText(slide.build)].join(SEPARATOR);
