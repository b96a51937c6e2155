import { useMemo } from 'react';
import { knownChart } from '../../figures/chart-descriptor';
import type { KnownChart } from '../../figures/chart-descriptor';
import { figureOf } from '../../figures/figure-of';
import type { Figure } from '../../figures/figure-of';
import type { Slide } from '../../presentation/deck-schema';
import { useFigureInput } from '../../state/figure-input';
import type { Selection } from '../../state/use-selection';
import { parseUrlState } from '../../state/url-state';

/** A slide's figure, counted now from its pinned view; `chart` is null for a kind this build does not know. */
export interface SlideFigureState {
  readonly chart: KnownChart | null;
  /** Null until the dataset has loaded, and for a kind this build does not know. */
  readonly figure: Figure | null;
  readonly selection: Selection;
}

/** The figure of a slide's descriptor over its pinned view, from the dataset loaded now. */
export function useSlideFigure(slide: Slide): SlideFigureState {
  const state = useMemo(() => parseUrlState(slide.view), [slide.view]);
  const chart = useMemo(() => knownChart(slide.chart), [slide.chart]);
  const { input, selection } = useFigureInput(state);
  const figure = useMemo(() => (input && chart ? figureOf(input, state, chart) : null), [input, state, chart]);
  return { chart, figure, selection };
}
