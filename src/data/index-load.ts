import { INDEX_COLUMNS_FILE, IndexFileError, readIndexColumns, readIndexLabels } from '../domain/index-files';
import type { IndexColumns, IndexLabels } from '../domain/schema';
import { DataValidationError } from './data-error';
import { fetchBytesAt } from './fetch-bytes';
import { fetchOk, jsonOf } from './fetch-json';
import { INDEX_FILE, type IndexUrls } from './index-file';
import { quiet } from './quiet';

/** What `read` makes of a file, an `IndexFileError` becoming the validation error of `file`. */
export function checkedAs<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (cause) {
    if (cause instanceof IndexFileError) throw new DataValidationError(file, cause.reason);
    throw cause;
  }
}

/**
 * Loads the index: `index-columns.bin` first, whose columns `onColumns` has as soon as
 * they are checked, then `index.json`, whose ids and titles the promise gives once
 * checked against those columns. Everything a count or a chart draws is in the columns;
 * the ids and titles, most of the bytes, follow, requested as soon as the columns are in.
 * `onColumns` may transfer the columns' buffer away. Rejects only with a `DataError`
 * naming the file, or with the abort.
 */
export async function loadIndex(urls: IndexUrls, onColumns: (columns: IndexColumns) => void, signal?: AbortSignal): Promise<IndexLabels> {
  const buffer = await fetchBytesAt(urls.columns, INDEX_COLUMNS_FILE, signal);
  const labels = quiet(fetchOk(urls.labels, INDEX_FILE, signal));
  const columns = checkedAs(INDEX_COLUMNS_FILE, () => readIndexColumns(buffer));
  const { build, count } = columns;
  onColumns(columns);
  const body = await jsonOf(await labels, INDEX_FILE, signal);
  return checkedAs(INDEX_FILE, () => readIndexLabels(body, { build, count }));
}
