import { groupColumns } from '../analysis/option-groups';
import type { GroupedColumns } from '../analysis/option-groups';
import { prepareColumns } from '../analysis/prepared-columns';
import type { PreparedColumns } from '../analysis/prepared-columns';
import { rowOrder } from '../analysis/row-order';
import type { RowSort } from '../analysis/row-order';
import { IndexSchema } from '../domain/schema';
import type { DatasetIndex } from '../domain/schema';
import { fetchJsonAt } from './fetch-json';

export const INDEX_FILE = 'index.json';

/** The sorts whose row order is made while loading: counting sorts, a few milliseconds each. */
export const PRESORTED: readonly RowSort[] = ['date-desc', 'date-asc'];

/** Everything the views start from, made once per dataset. */
export interface LoadedDataset {
  readonly index: DatasetIndex;
  readonly prepared: PreparedColumns;
  readonly grouped: GroupedColumns;
  /** Every row in the order of each sort of `PRESORTED`. */
  readonly orders: Readonly<Partial<Record<RowSort, Uint32Array>>>;
}

/**
 * Fetches `index.json` from `url`, checks it against `IndexSchema` and prepares its
 * bitsets, grouped options and date orders: the whole of loading, written once for the
 * worker that normally runs it and for a page without workers.
 */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const index = await fetchJsonAt(url, INDEX_FILE, IndexSchema, signal);
  const prepared = prepareColumns(index);
  const orders = Object.fromEntries(PRESORTED.map((sort) => [sort, rowOrder(prepared, sort)]));
  return { index, prepared, grouped: groupColumns(prepared), orders };
}
