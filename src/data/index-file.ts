/** The dataset's index: every incident's columns, id and title, in the shape of `IndexSchema`. */
export const INDEX_FILE = 'index.json';
