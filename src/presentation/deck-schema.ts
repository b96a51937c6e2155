/**
 * A slide deck: views pinned from the dashboard, in presentation order. A slide keeps the
 * query string of the view it was pinned from, so the filters behind its chart travel with
 * it, and the dataset build it was pinned from, so a caption can say which data it showed.
 * The same schema validates the saved deck, an imported file and a deck opened from a link.
 */
import { z } from 'zod';
import { ChartDescriptorSchema } from '../figures/chart-descriptor';

export const DECK_VERSION = 1;

/** Limits that keep a hostile file from filling memory or the screen; no real deck gets near them. */
export const MAX_SLIDES = 100;
export const MAX_TITLE_LENGTH = 200;
export const MAX_NOTE_LENGTH = 4000;
const MAX_VIEW_LENGTH = 4000;

const SlideIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'a slide id is letters, digits, dashes and underscores');

/** What a slide can leave out under its chart. Warnings are not among them: a slide never hides what could mislead. */
export const SLIDE_HIDEABLE = ['statistics', 'notes'] as const;
export type SlideHideable = (typeof SLIDE_HIDEABLE)[number];

const HideSchema = z
  .array(z.enum(SLIDE_HIDEABLE, 'a slide can hide its statistics or its notes, nothing else'))
  .refine((hidden) => new Set(hidden).size === hidden.length, 'a hidden part is named twice')
  .optional()
  .describe('The parts of the figure the slide leaves out');

export const SlideSchema = z.object({
  id: SlideIdSchema,
  view: z
    .string()
    .max(MAX_VIEW_LENGTH)
    .regex(/^(\?[^\s#]*)?$/, 'a view is a query string: empty, or "?" followed by parameters')
    .describe('The pinned view as stringifyUrlState wrote it'),
  chart: ChartDescriptorSchema,
  title: z.string().max(MAX_TITLE_LENGTH),
  note: z.string().max(MAX_NOTE_LENGTH),
  build: z.string().max(100).describe('The dataset build the view showed when it was pinned'),
  pinnedAt: z.iso.datetime().optional(),
  hide: HideSchema,
});
export type Slide = z.infer<typeof SlideSchema>;

export const DeckSchema = z
  .object({
    version: z.literal(DECK_VERSION),
    title: z.string().max(MAX_TITLE_LENGTH),
    slides: z.array(SlideSchema).max(MAX_SLIDES),
  })
  .superRefine((deck, ctx) => {
    const seen = new Set<string>();
    deck.slides.forEach((slide, i) => {
      if (seen.has(slide.id)) ctx.addIssue({ code: 'custom', message: `slide id "${slide.id}" is used twice`, path: ['slides', i, 'id'] });
      seen.add(slide.id);
    });
  });
export type Deck = z.infer<typeof DeckSchema>;

export const emptyDeck = (): Deck => ({ version: DECK_VERSION, title: 'Findings', slides: [] });
