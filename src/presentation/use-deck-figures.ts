import { useMemo } from 'react';
import { queryTerms } from '../analysis/text-match';
import { useGroupedColumns } from '../data/get-grouped-columns';
import { useIndex } from '../data/get-index';
import { useSearchText } from '../data/get-search-text';
import { knownChart } from '../figures/chart-descriptor';
import { figureOf } from '../figures/figure-of';
import type { Figure } from '../figures/figure-of';
import type { Slide } from './deck-schema';
import { figureInputFrom } from '../state/figure-input';
import { searchRows, searchedMasks } from '../state/search-rows';
import { useFinishedShuffles } from '../state/use-shuffled-p';
import { parseUrlState } from '../state/url-state';

/** Every slide's figure, or why there are none yet. */
export type DeckFigures =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: Error }
  /** One entry per slide, in deck order; null for a kind this build does not draw. */
  | { readonly status: 'ready'; readonly figures: readonly (Figure | null)[] };

/**
 * The figure of every slide of a deck, each counted from its own pinned view, from the
 * dataset loaded now: what a file made of the whole deck is drawn from. Unlike a view,
 * which answers a search from titles first, this waits for the long text, so a file
 * never holds counts the screen would correct a moment later.
 */
export function useDeckFigures(slides: readonly Slide[]): DeckFigures {
  const states = useMemo(() => slides.map((slide) => parseUrlState(slide.view)), [slides]);
  const searching = states.some((state) => queryTerms(state.query).length > 0);
  const index = useIndex();
  const grouped = useGroupedColumns();
  const search = useSearchText(searching);
  const finished = useFinishedShuffles();
  return useMemo((): DeckFigures => {
    const failed = [index, grouped, ...(searching ? [search] : [])].find((query) => query.isError);
    if (failed?.error) return { status: 'error', error: failed.error };
    if (!index.data || !grouped.data) return { status: 'loading' };
    const texts = search.data?.build === index.data.build ? search.data.text : null;
    if (searching && texts === null) return { status: 'loading' };
    const { data } = grouped;
    const figures = slides.map((slide, i) => {
      const chart = knownChart(slide.chart);
      if (chart === null) return null;
      const state = states[i];
      const rows = searchRows(index.data, texts, queryTerms(state.query));
      return figureOf(figureInputFrom(data, index.data.build, (filters) => searchedMasks(data.filtering, rows, filters), finished), state, chart);
    });
    return { status: 'ready', figures };
  }, [slides, states, searching, index, grouped, search, finished]);
}
