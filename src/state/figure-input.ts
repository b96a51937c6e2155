import { useMemo } from 'react';
import type { GroupedColumns } from '../analysis/option-groups';
import type { PreparedColumns } from '../analysis/prepared-columns';
import { crossFilterMasks } from '../analysis/selection-masks';
import type { CrossFilterMasks } from '../analysis/selection-masks';
import { useGroupedColumns } from '../data/get-grouped-columns';
import { useIndex } from '../data/get-index';
import type { UrlFilters, UrlState } from './url-state';
import { useSelection } from './use-selection';
import type { Selection } from './use-selection';

/**
 * What every figure is computed from: the columns the views count, the groups of rarer
 * options, the dataset build, and the selection's masks for any filters (with the view's
 * search applied), so a figure that counts without some filters, or compares two
 * cohorts, reads them from the same place as the others.
 */
export interface FigureInput {
  readonly columns: PreparedColumns;
  readonly groups: GroupedColumns['groups'];
  readonly build: string;
  readonly masksFor: (filters: UrlFilters) => CrossFilterMasks;
}

/** A figure input over `grouped` with no search: for tests and anything without a text index. */
export const figureInputOf = (grouped: GroupedColumns, build: string): FigureInput => ({
  columns: grouped.counting,
  groups: grouped.groups,
  build,
  masksFor: (filters) => crossFilterMasks(grouped.filtering, { ...filters, searchRows: null }),
});

/** The figure input of the loaded dataset for `state`'s search, null until it has loaded; `selection` carries load errors and retries. */
export function useFigureInput(state: UrlState): { input: FigureInput | null; selection: Selection } {
  const selection = useSelection(state);
  const grouped = useGroupedColumns().data;
  const build = useIndex().data?.build;
  const { masksFor } = selection;
  const input = useMemo(
    () => (grouped && build !== undefined && masksFor ? { columns: grouped.counting, groups: grouped.groups, build, masksFor } : null),
    [grouped, build, masksFor],
  );
  return { input, selection };
}
