import type { ReactNode } from 'react';
import type { Slide } from './deck-schema';

/**
 * Draws a slide's chart in present mode. It receives the slide, whose `view` holds the
 * pinned URL state (`parseUrlState(slide.view)`) and whose `chart` says which chart; it
 * may use hooks through the element it returns (`(slide) => <FacetSlide slide={slide} />`).
 */
export type SlideRenderer = (slide: Slide) => ReactNode;

/**
 * The renderer in force for each chart kind. A view registers its own when its module
 * loads; a kind nobody registered is drawn by present mode's fallback: the caption and a
 * link to the view. Read it through `slideRendererFor`, change it through `registerSlideRenderer`.
 */
export const slideRenderers: Readonly<Record<string, SlideRenderer>> = Object.create(null);

const current = slideRenderers as Record<string, SlideRenderer>;

/** Every registration per kind, latest last: undoing them in any order leaves the right one in force. */
const registrations = new Map<string, { readonly render: SlideRenderer }[]>();

/**
 * Makes `render` draw every slide of `kind`, over any earlier renderer. Returns the undo,
 * which withdraws this registration only (tests and hot reloading use it).
 */
export function registerSlideRenderer(kind: string, render: SlideRenderer): () => void {
  const registration = { render };
  registrations.set(kind, [...(registrations.get(kind) ?? []), registration]);
  current[kind] = render;
  return () => {
    const remaining = (registrations.get(kind) ?? []).filter((each) => each !== registration);
    registrations.set(kind, remaining);
    const latest = remaining.at(-1);
    if (latest === undefined) delete current[kind];
    else current[kind] = latest.render;
  };
}

/** The renderer of the slide's chart kind, or null when the fallback should draw it. */
export const slideRendererFor = (slide: Slide): SlideRenderer | null => current[slide.chart.kind] ?? null;
