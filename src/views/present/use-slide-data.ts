import { useMemo } from 'react';
import { parseUrlState } from '../../state/url-state';
import { useIndex } from '../../data/get-index';
import { useGroupedColumns } from '../../data/get-grouped-columns';
import type { Slide } from '../../presentation/deck-schema';
import type { SlideData } from '../../presentation/slide-caption';
import { useSelection } from '../../state/use-selection';
import { slideFigures } from './slide-figures';

/**
 * The current dataset's figures for a slide's pinned view: N and the date span of the
 * incidents its chart counts (`slideFigures`), with the build they come from. Derived
 * from the query cache, never stored in the deck, so a slide shows what the data says
 * today and its caption names both builds when they differ. Null until the index has loaded.
 */
export function useSlideData(slide: Slide): SlideData | null {
  const state = useMemo(() => parseUrlState(slide.view), [slide.view]);
  const index = useIndex();
  const columns = useGroupedColumns();
  const { masks } = useSelection(state);
  const figures = useMemo(
    () => (columns.data && masks ? slideFigures(columns.data.counting, masks, slide.chart, state.excludeGaps) : null),
    [columns.data, masks, slide.chart, state.excludeGaps],
  );
  if (!index.data) return null;
  return { build: index.data.build, figures };
}
