import { useMemo } from 'react';
import type { Bitset } from '../../analysis/bitset';
import { cooccurrence, optionCombinations } from '../../analysis/option-cooccurrence';
import type { Cooccurrence, OptionCombinations } from '../../analysis/option-cooccurrence';
import type { UrlState } from '../../state/url-state';
import { useGroupedColumns } from '../../data/get-grouped-columns';
import { useSelection } from '../../state/use-selection';

/** How many exact combinations the list shows; the rest are summed in one line. */
export const COMBINATION_LIMIT = 10;

export interface CooccurrenceView {
  readonly matrix: Cooccurrence;
  readonly combinations: OptionCombinations;
  readonly mask: Bitset;
}

/**
 * Which options of `state.crosstab.within` occur together, over the selection without
 * that facet's own filter (so every option stays visible and a link can set the filter
 * to a pair). Null until the dataset has loaded.
 */
export function useCooccurrence(state: UrlState): CooccurrenceView | null {
  const { masks } = useSelection(state);
  const columns = useGroupedColumns().data?.counting ?? null;
  const facet = state.crosstab.within;
  const mask = masks?.except[facet] ?? null;
  return useMemo(
    () =>
      columns && mask
        ? { matrix: cooccurrence(columns, mask, facet), combinations: optionCombinations(columns, mask, facet, COMBINATION_LIMIT), mask }
        : null,
    [columns, mask, facet],
  );
}
