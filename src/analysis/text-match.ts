/**
 * Full-text matching over titles and the search file. Every row's text is lowercased
 * once per dataset (`searchHaystack`), so a keystroke costs one `includes` per term and
 * row. Matching is by substring, case-insensitive, and every term must occur.
 */

/** Lowercased title and long text of each row. `texts` must be aligned with `titles` or null. */
export function searchHaystack(titles: readonly string[], texts: readonly string[] | null): string[] {
  return titles.map((title, row) => `${title}\n${texts?.[row] ?? ''}`.toLowerCase());
}

/** The whitespace-separated terms of a query, lowercased; none for a blank query. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((term) => term !== '');
}

/** Rows whose text contains every term, in row order. A query without terms matches every row. */
export function matchRows(haystack: readonly string[], terms: readonly string[]): Uint32Array {
  const rows: number[] = [];
  for (let row = 0; row < haystack.length; row++) {
    if (terms.every((term) => haystack[row].includes(term))) rows.push(row);
  }
  return Uint32Array.from(rows);
}

/**
 * Each row's organization names, one per line: what a search matches besides the title
 * before the long text has loaded. Row i's names are `values[codes[start[i]]]` on, as in the index.
 */
export function organizationLines(values: readonly string[], start: Uint32Array, codes: Uint32Array): string[] {
  return Array.from({ length: start.length - 1 }, (_, row) => Array.from(codes.subarray(start[row], start[row + 1]), (value) => values[value]).join('\n'));
}
