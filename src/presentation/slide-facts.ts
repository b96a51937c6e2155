import type { FigureFrame } from '../figures/figure';
import type { Slide } from './deck-schema';

/** The lines a slide carries under its chart, as every output of a deck writes them. */
export interface SlideFacts {
  readonly warnings: readonly string[];
  readonly statistics: readonly string[];
  readonly notes: readonly string[];
}

/**
 * The figure's warnings, statistics and notes less what the slide hides. Warnings are
 * always kept: what could mislead a reader is never the analyst's to leave out. Present
 * mode and every file made of a deck take these, so they all carry the same lines.
 */
export function slideFacts(slide: Slide, figure: FigureFrame): SlideFacts {
  const hidden = new Set(slide.hide ?? []);
  return {
    warnings: figure.warnings,
    statistics: hidden.has('statistics') ? [] : figure.statistics,
    notes: hidden.has('notes') ? [] : figure.notes,
  };
}
