import { groupColumns } from '../analysis/option-groups';
import type { GroupedColumns } from '../analysis/option-groups';
import { prepareColumns } from '../analysis/prepared-columns';
import type { PreparedColumns } from '../analysis/prepared-columns';
import { rowOrder } from '../analysis/row-order';
import type { DateSort } from '../analysis/row-order';
import type { IndexColumns, IndexLabels } from '../domain/schema';
import { loadIndex } from './index-load';
import type { IndexUrls } from './index-file';

/** The sorts whose row order is made while loading: counting sorts, a few milliseconds each. */
export const PRESORTED: readonly DateSort[] = ['date-desc', 'date-asc'];

/** Everything the counts, charts and filters start from, made once per dataset: all but the ids and titles. */
export interface LoadedDataset {
  readonly index: IndexColumns;
  readonly prepared: PreparedColumns;
  readonly grouped: GroupedColumns;
  /** Every row in the order of each sort of `PRESORTED`. */
  readonly orders: Readonly<Partial<Record<DateSort, Uint32Array>>>;
}

/**
 * Fetches the index from `urls`, checks it (index-files.ts) and prepares its bitsets,
 * grouped options and date orders, handed to `onColumns` before the ids and titles have
 * arrived; resolves to those. The whole of loading, written once for the worker that
 * normally runs it and for a page without workers.
 */
export function loadDataset(urls: IndexUrls, onColumns: (dataset: LoadedDataset) => void, signal?: AbortSignal): Promise<IndexLabels> {
  return loadIndex(
    urls,
    (index) => {
      const prepared = prepareColumns(index);
      const orders = Object.fromEntries(PRESORTED.map((sort) => [sort, rowOrder(prepared, sort)]));
      onColumns({ index, prepared, grouped: groupColumns(prepared), orders });
    },
    signal,
  );
}
