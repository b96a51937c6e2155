/**
 * Search over titles and organization names alone, before the search index has loaded,
 * with the index's rule: a query word matches a word of the row that starts with it.
 * The rows are only lowercased, as cheap as a first search can be on a large dataset; a
 * query word holds letters and digits alone, so where it occurs with no letter or digit
 * right before it, it starts a word. (Only text that NFKC changes, such as ligatures and
 * full-width letters, is matched by the index and not here.)
 */
import { startsWordAt } from '../domain/search-words';

/** The whitespace-separated terms of a query, lowercased; none for a blank query. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((term) => term !== '');
}

/** Each text lowercased: what `matchRows` searches. */
export function wordHaystack(texts: readonly string[]): string[] {
  return texts.map((text) => text.toLowerCase());
}

/** Whether some word of `text` starts with `part`. */
function startsWord(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) if (startsWordAt(text, at)) return true;
  return false;
}

/** Rows where every query word (`queryParts`) starts a word, in row order. No words match every row. */
export function matchRows(haystack: readonly string[], parts: readonly string[]): Uint32Array {
  const rows: number[] = [];
  for (let row = 0; row < haystack.length; row++) {
    const text = haystack[row];
    if (parts.every((part) => startsWord(text, part))) rows.push(row);
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
