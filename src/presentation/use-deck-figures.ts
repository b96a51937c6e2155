import { useEffect, useMemo } from 'react';
import type { ShufflePlan } from '../analysis/shuffle-plan';
import { queryTerms } from '../analysis/text-match';
import { useGroupedColumns } from '../data/get-grouped-columns';
import { useIndex } from '../data/get-index';
import { useSearchIndex } from '../data/get-search-index';
import { queryParts } from '../domain/search-words';
import { knownChart } from '../figures/chart-descriptor';
import { figureOf } from '../figures/figure-of';
import type { Figure } from '../figures/figure-of';
import type { Slide } from './deck-schema';
import { figureInputFrom } from '../state/figure-input';
import { searchMatches, searchedMasks } from '../state/search-matches';
import { requestShuffles, shufflePlanKey } from '../state/run-shuffles';
import { useFinishedShuffles } from '../state/use-shuffled-p';
import { parseUrlState } from '../state/url-state';

/** Every slide's figure, or why there are none yet. */
export type DeckFigures =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: Error }
  /**
   * One entry per slide, in deck order; null for a kind this build does not draw.
   * `pendingTests` counts the permutation tests still running: until they land, a
   * figure says its p-value is being computed, which no file should carry.
   */
  | { readonly status: 'ready'; readonly figures: readonly (Figure | null)[]; readonly pendingTests: number };

/** The permutation tests the slides still wait for. */
const pendingShuffles = (figures: readonly (Figure | null)[]): ShufflePlan[] =>
  figures.flatMap((figure) => (figure?.kind === 'crosstab' && figure.shuffle !== null ? [figure.shuffle] : []));

/** Runs the slides' pending permutation tests while the deck is shown; each lands in the figures once done. */
function useSlideShuffles(plans: readonly ShufflePlan[]): void {
  const key = plans.map(shufflePlanKey).join('|');
  // The key stands for the plans: figures derived again make equal plans, which must not restart the runs.
  useEffect(() => {
    const stops = plans.map(requestShuffles);
    return () => stops.forEach((stop) => stop());
  }, [key]);
}

/**
 * The figure of every slide of a deck, each counted from its own pinned view, from the
 * dataset loaded now: what a file made of the whole deck is drawn from. Unlike a view,
 * which answers a search from titles first, this waits for the long text, so a file
 * never holds counts the screen would correct a moment later, and it runs the slides'
 * permutation tests, saying how many are still running.
 */
export function useDeckFigures(slides: readonly Slide[]): DeckFigures {
  const figures = useCountedFigures(slides);
  const pending = useMemo(() => (figures.status === 'ready' ? pendingShuffles(figures.figures) : []), [figures]);
  useSlideShuffles(pending);
  return useMemo(() => (figures.status === 'ready' ? { ...figures, pendingTests: pending.length } : figures), [figures, pending]);
}

/** Every slide's figure as counted now, tests pending or not. */
function useCountedFigures(slides: readonly Slide[]): DeckFigures | { readonly status: 'ready'; readonly figures: readonly (Figure | null)[] } {
  const states = useMemo(() => slides.map((slide) => parseUrlState(slide.view)), [slides]);
  const searching = states.some((state) => queryTerms(state.query).length > 0);
  const parts = useMemo(() => queryParts(states.flatMap((state) => queryTerms(state.query))), [states]);
  const index = useIndex();
  const grouped = useGroupedColumns();
  const search = useSearchIndex(parts, index.data?.build);
  const finished = useFinishedShuffles();
  return useMemo(() => {
    const failed = [index, grouped].find((query) => query.isError);
    if (failed?.error) return { status: 'error', error: failed.error };
    if (searching && search.error) return { status: 'error', error: search.error };
    if (!index.data || !grouped.data) return { status: 'loading' };
    if (searching && search.loaded === null) return { status: 'loading' };
    const { data } = grouped;
    const matches = states.map((state) => searchMatches(index.data, search.loaded, queryTerms(state.query)));
    if (matches.includes(undefined)) return { status: 'loading' };
    const figures = slides.map((slide, i) => {
      const chart = knownChart(slide.chart);
      if (chart === null) return null;
      const rows = matches[i] ?? null;
      return figureOf(figureInputFrom(data, index.data.build, (filters) => searchedMasks(data.filtering, rows, filters), finished), states[i], chart);
    });
    return { status: 'ready' as const, figures };
  }, [slides, states, searching, index, grouped, search.error, search.loaded, finished]);
}
