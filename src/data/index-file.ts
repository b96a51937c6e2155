import { INDEX_COLUMNS_FILE, INDEX_FILE } from '../domain/index-file-names';
import { dataUrl } from './fetch-json';

export { INDEX_FILE };

/** Where the two files of the index are: absolute, as a worker has no page to resolve them against. */
export interface IndexUrls {
  readonly columns: string;
  readonly labels: string;
}

/** The index's files as this page reaches them. */
export const indexUrls = (): IndexUrls => ({ columns: dataUrl(INDEX_COLUMNS_FILE), labels: dataUrl(INDEX_FILE) });
