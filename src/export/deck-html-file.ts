import { chartTitle } from '../figures/chart-descriptor';
import type { Figure } from '../figures/figure-of';
import type { Deck, Slide } from '../presentation/deck-schema';
import { slideCaption, slideTitle } from '../presentation/slide-caption';
import { deckHtml } from './deck-html';
import { slugify } from './file-name';
import { slideImage } from './slide-image';
import { slideSvg } from './slide-svg';
import type { SlideImage } from './slide-svg';

/** A slide whose chart this build does not draw says so, as on screen, with what was pinned. */
const fallbackSlide = (slide: Slide): SlideImage =>
  slideSvg(null, {
    title: slideTitle(slide),
    filters: '',
    caption: slideCaption(slide),
    note: slide.note,
    message: `${chartTitle(slide.chart)} is drawn in its own view.`,
  });

/** The slides of a deck as 1920 × 1080 images, one after another, each from its figure (null for a kind this build does not draw). */
export async function deckSlideImages(deck: Deck, figures: readonly (Figure | null)[]): Promise<SlideImage[]> {
  const images: SlideImage[] = [];
  for (const [i, slide] of deck.slides.entries()) {
    const figure = figures[i] ?? null;
    images.push(figure === null ? fallbackSlide(slide) : await slideImage(figure, { title: slideTitle(slide), note: slide.note, pinnedBuild: slide.build }));
  }
  return images;
}

/** The deck as one self-contained HTML file, and the slides whose chart had to be shrunk past legibility. */
export async function deckHtmlFile(deck: Deck, figures: readonly (Figure | null)[]): Promise<{ text: string; illegible: number[] }> {
  const images = await deckSlideImages(deck, figures);
  const text = deckHtml(
    deck.title,
    deck.slides.map((slide, i) => ({ title: slideTitle(slide), note: slide.note, svg: images[i].markup })),
  );
  return { text, illegible: images.flatMap((image, i) => (image.legible ? [] : [i + 1])) };
}

export const HTML_MIME = 'text/html;charset=utf-8';

/** "faultline-deck-findings.html". */
export const deckHtmlFileName = (deck: Deck): string => `faultline-deck-${slugify(deck.title, 'untitled')}.html`;
