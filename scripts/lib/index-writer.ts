import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeIndex, readIndex } from '../../src/domain/index-files';
import { INDEX_COLUMNS_FILE, INDEX_FILE } from '../../src/domain/index-file-names';
import type { DatasetIndex, PlainIndex } from '../../src/domain/schema';

/**
 * Writes both files of `index` into `dir`, read back first as the app reads them, so an
 * index that would not load is never written; gives the index as read.
 */
export function writeIndexFiles(dir: string, index: PlainIndex): DatasetIndex {
  const { columns, labels } = encodeIndex(index);
  const read = readIndex(columns.buffer, labels);
  writeFileSync(join(dir, INDEX_COLUMNS_FILE), columns);
  writeFileSync(join(dir, INDEX_FILE), `${JSON.stringify(labels)}\n`);
  return read;
}
