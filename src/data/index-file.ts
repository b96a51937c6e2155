/** The dataset's ids and titles, one each per row of `index-columns.bin` (see index-files.ts). */
export const INDEX_FILE = 'index.json';
