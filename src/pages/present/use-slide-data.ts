import { useMemo } from 'react';
import { headline } from '../../analysis/headline';
import { parseUrlState } from '../../app/url-state';
import { useIndex } from '../../data/get-index';
import { usePreparedColumns } from '../../data/get-prepared-columns';
import type { Slide } from '../../presentation/deck-schema';
import type { SlideData } from '../../presentation/slide-caption';
import { useSelection } from '../selection/use-selection';

/**
 * The current dataset's figures for a slide's pinned view: N and the date span of the
 * incidents its filters select, with the build they come from. Derived from the query
 * cache, never stored in the deck, so a slide shows what the data says today and its
 * caption names both builds when they differ. Null until the index has loaded.
 */
export function useSlideData(slide: Slide): SlideData | null {
  const state = useMemo(() => parseUrlState(slide.view), [slide.view]);
  const index = useIndex();
  const columns = usePreparedColumns();
  const { masks } = useSelection(state);
  const summary = useMemo(() => (columns.data && masks ? headline(columns.data, masks.all) : null), [columns.data, masks]);
  if (!index.data) return null;
  const figures = summary && { n: summary.selected, firstPublished: summary.firstPublished, lastPublished: summary.lastPublished };
  return { build: index.data.build, figures };
}
