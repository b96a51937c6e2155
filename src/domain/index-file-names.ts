/**
 * The names of the index's two files (index-files.ts): kept apart from the code that reads
 * them, so the page's first script can start fetching them without loading the schemas.
 */
export const INDEX_COLUMNS_FILE = 'index-columns.bin';
export const INDEX_FILE = 'index.json';
