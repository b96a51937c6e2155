/**
 * Search over titles and organization names alone, before the search index has loaded,
 * with the index's rule: a query word matches a word of the row that contains it (that
 * starts with it, for one or two letters). Each row's words are joined with a space in
 * front of each, so a word search is one `includes` per query word and row.
 */
import { isPrefixPart, searchWordLine } from '../domain/search-words';

/** The whitespace-separated terms of a query, lowercased; none for a blank query. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((term) => term !== '');
}

/** Each text's search words, each with a space in front. */
export function wordHaystack(texts: readonly string[]): string[] {
  return texts.map(searchWordLine);
}

/** Rows where every query word (`queryParts`) matches a word, in row order. No words match every row. */
export function matchRows(haystack: readonly string[], parts: readonly string[]): Uint32Array {
  const needles = parts.map((part) => (isPrefixPart(part) ? ` ${part}` : part));
  const rows: number[] = [];
  for (let row = 0; row < haystack.length; row++) {
    if (needles.every((needle) => haystack[row].includes(needle))) rows.push(row);
  }
  return Uint32Array.from(rows);
}

/**
 * Each row's organization names, one per line: what a search matches besides the title
 * before the long text has loaded. `rows[i]` indexes into `values`, as in the index.
 */
export function organizationLines(values: readonly string[], rows: readonly (readonly number[])[]): string[] {
  return rows.map((row) => row.map((value) => values[value]).join('\n'));
}
