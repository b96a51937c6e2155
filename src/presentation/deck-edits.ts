/**
 * Every change a reader makes to a deck, as pure `Deck -> Deck` functions. None mutates
 * its argument; an edit naming a slide that is not there returns the deck unchanged, so a
 * stale click after a removal in another tab does nothing rather than something wrong.
 */
import type { ChartDescriptor } from '../figures/chart-descriptor';
import { MAX_NOTE_LENGTH, MAX_SLIDES, MAX_TITLE_LENGTH } from './deck-schema';
import { SlideSchema } from './deck-schema';
import type { Deck, Slide, SlideHideable } from './deck-schema';

/** What pinning needs to know about the view on screen. */
export interface PinInput {
  readonly view: string;
  readonly chart: ChartDescriptor;
  readonly title: string;
  readonly build: string;
  /** The presenter's note to start with; none by default. */
  readonly note?: string;
}

/** "slide-N" with N one past the highest number in use: deterministic, and never reused within a deck. */
export function nextSlideId(deck: Deck): string {
  let highest = 0;
  for (const { id } of deck.slides) {
    const match = /^slide-(\d{1,9})$/.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `slide-${highest + 1}`;
}

export const isDeckFull = (deck: Deck): boolean => deck.slides.length >= MAX_SLIDES;

/**
 * Appends the view as a new slide, with the note given or none. `now` is passed in, never read
 * from a clock here, so the same call always gives the same deck. A full deck is returned
 * unchanged; callers check `isDeckFull` first to say why.
 */
export function pinSlide(deck: Deck, input: PinInput, now?: Date): Deck {
  if (isDeckFull(deck)) return deck;
  const slide: Slide = {
    id: nextSlideId(deck),
    view: input.view,
    chart: input.chart,
    title: input.title.slice(0, MAX_TITLE_LENGTH),
    note: (input.note ?? '').slice(0, MAX_NOTE_LENGTH),
    build: input.build,
    ...(now === undefined ? {} : { pinnedAt: now.toISOString() }),
  };
  return { ...deck, slides: [...deck.slides, slide] };
}

export function removeSlide(deck: Deck, id: string): Deck {
  const slides = deck.slides.filter((slide) => slide.id !== id);
  return slides.length === deck.slides.length ? deck : { ...deck, slides };
}

/** Moves the slide to position `to` (0-based), clamped to the deck, the others keeping their order. */
export function moveSlide(deck: Deck, id: string, to: number): Deck {
  const from = deck.slides.findIndex((slide) => slide.id === id);
  if (from === -1) return deck;
  const target = Math.min(Math.max(Math.trunc(to), 0), deck.slides.length - 1);
  if (target === from) return deck;
  const slides = deck.slides.filter((slide) => slide.id !== id);
  slides.splice(target, 0, deck.slides[from]);
  return { ...deck, slides };
}

function updateSlide(deck: Deck, id: string, change: Partial<Pick<Slide, 'title' | 'note'>>): Deck {
  if (!deck.slides.some((slide) => slide.id === id)) return deck;
  return { ...deck, slides: deck.slides.map((slide) => (slide.id === id ? { ...slide, ...change } : slide)) };
}

/** Sets a slide's title as typed, cut to the length the schema allows. */
export const renameSlide = (deck: Deck, id: string, title: string): Deck =>
  updateSlide(deck, id, { title: title.slice(0, MAX_TITLE_LENGTH) });

export const setSlideNote = (deck: Deck, id: string, note: string): Deck =>
  updateSlide(deck, id, { note: note.slice(0, MAX_NOTE_LENGTH) });

export const renameDeck = (deck: Deck, title: string): Deck => ({ ...deck, title: title.slice(0, MAX_TITLE_LENGTH) });

/** What a slide shows, as the deck page chooses it: the chart's options, the view's (the order of bars), the parts hidden. */
export interface SlideChoice {
  readonly chart?: ChartDescriptor;
  readonly view?: string;
  readonly hide?: readonly SlideHideable[];
}

/**
 * Sets what a slide shows. A choice the schema refuses (a number of rows no slide can
 * draw, a facet named twice) leaves the deck unchanged, so a deck never holds a slide
 * that would not load again. Hiding nothing drops the field, as a slide pinned before.
 */
export function chooseForSlide(deck: Deck, id: string, choice: SlideChoice): Deck {
  const slide = deck.slides.find((each) => each.id === id);
  if (slide === undefined) return deck;
  const { hide, ...rest } = { ...slide, ...choice, hide: choice.hide === undefined ? slide.hide : [...choice.hide] };
  const next = hide === undefined || hide.length === 0 ? rest : { ...rest, hide };
  if (!SlideSchema.safeParse(next).success) return deck;
  return { ...deck, slides: deck.slides.map((each) => (each.id === id ? next : each)) };
}
