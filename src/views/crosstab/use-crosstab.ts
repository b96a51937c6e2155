import { useMemo } from 'react';
import type { Bitset } from '../../analysis/bitset';
import { crosstab } from '../../analysis/crosstab';
import { crosstabAssociation } from '../../analysis/crosstab-association';
import { headline } from '../../analysis/headline';
import type { Headline } from '../../analysis/headline';
import type { UrlState } from '../../state/url-state';
import { useGroupedColumns } from '../../data/get-grouped-columns';
import { withoutFacets } from '../../state/drill-down';
import { useSelection } from '../../state/use-selection';
import type { Selection } from '../../state/use-selection';
import { crosstabCells } from '../../figures/crosstab-cells';
import type { CrosstabCells } from '../../figures/crosstab-cells';

export interface CrosstabView {
  readonly figures: CrosstabCells;
  /** The incidents the table counts. */
  readonly counted: Headline;
  readonly mask: Bitset;
}

/**
 * The URL's two facets crossed over the selection without their own filters (as the
 * overview's panels count without theirs), so every option of both stays in the table
 * and a cell's link can set both facets' filters to its pair exactly. "Not analysed"
 * lines are included, so the margins cover every counted incident, unless the overview's
 * switch leaves unknown and not analysed out, as it does for every share; the test
 * always leaves them out. Null until the dataset has loaded.
 */
export function useCrosstab(state: UrlState): { view: CrosstabView | null; selection: Selection } {
  const { rows, cols } = state.crosstab;
  const counting = useMemo(() => ({ ...state, filters: withoutFacets(state.filters, [rows, cols]) }), [state, rows, cols]);
  const selection = useSelection(counting);
  const columns = useGroupedColumns().data?.counting ?? null;
  const mask = selection.masks?.all ?? null;
  const excludeGaps = state.excludeGaps;
  const view = useMemo((): CrosstabView | null => {
    if (columns === null || mask === null) return null;
    const table = crosstab(columns, mask, rows, cols, { includeNotAnalysed: true, excludeGaps });
    return { figures: crosstabCells(table, crosstabAssociation(columns, mask, table)), counted: headline(columns, mask), mask };
  }, [columns, mask, rows, cols, excludeGaps]);
  return { view, selection };
}
