import { useMemo } from 'react';
import type { GroupedColumns } from '../analysis/option-groups';
import type { PreparedColumns } from '../analysis/prepared-columns';
import { crossFilterMasks } from '../analysis/selection-masks';
import type { CrossFilterMasks } from '../analysis/selection-masks';
import type { ShufflePlan } from '../analysis/shuffle-plan';
import type { PermutationResult } from '../analysis/statistics/set-permutation-test';
import { useGroupedColumns } from '../data/get-grouped-columns';
import { useIndexColumns } from '../data/get-index';
import { shufflePlanKey } from './run-shuffles';
import { useFinishedShuffles } from './use-shuffled-p';
import type { UrlFilters, UrlState } from './url-state';
import { useSelection } from './use-selection';
import type { Selection } from './use-selection';

/**
 * What every figure is computed from: the columns the views count, the groups of rarer
 * options, the dataset build, and the selection's masks for any filters (with the view's
 * search applied), so a figure that counts without some filters, or compares two
 * cohorts, reads them from the same place as the others. `shuffled` is a permutation
 * test's result once its worker has finished, null before: a figure stating the test's
 * p-value says it is being computed until then, and is derived again when it lands.
 */
export interface FigureInput {
  readonly columns: PreparedColumns;
  readonly groups: GroupedColumns['groups'];
  readonly build: string;
  readonly masksFor: (filters: UrlFilters) => CrossFilterMasks;
  readonly shuffled: (plan: ShufflePlan) => PermutationResult | null;
}

const lookUpShuffles =
  (finished: ReadonlyMap<string, PermutationResult>) =>
  (plan: ShufflePlan): PermutationResult | null =>
    finished.get(shufflePlanKey(plan)) ?? null;

/** The figure input of a loaded dataset, masks taken from `masksFor` and permutation tests from `finished`. */
export const figureInputFrom = (
  grouped: GroupedColumns,
  build: string,
  masksFor: FigureInput['masksFor'],
  finished: ReadonlyMap<string, PermutationResult>,
): FigureInput => ({ columns: grouped.counting, groups: grouped.groups, build, masksFor, shuffled: lookUpShuffles(finished) });

/** A figure input over `grouped` with no search and the permutation tests of `finished`: for tests and anything without a text index. */
export const figureInputOf = (grouped: GroupedColumns, build: string, finished: ReadonlyMap<string, PermutationResult> = new Map()): FigureInput =>
  figureInputFrom(grouped, build, (filters) => crossFilterMasks(grouped.filtering, { ...filters, search: null }), finished);

/** The figure input of the loaded dataset for `state`'s search, null until it has loaded; `selection` carries load errors and retries. */
export function useFigureInput(state: UrlState): { input: FigureInput | null; selection: Selection } {
  const selection = useSelection(state);
  const grouped = useGroupedColumns().data;
  const build = useIndexColumns().data?.build;
  const finished = useFinishedShuffles();
  const { masksFor } = selection;
  const input = useMemo(
    () => (grouped && build !== undefined && masksFor ? figureInputFrom(grouped, build, masksFor, finished) : null),
    [grouped, build, masksFor, finished],
  );
  return { input, selection };
}
