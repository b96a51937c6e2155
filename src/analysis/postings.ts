/**
 * An inverted index over per-row value lists: for every value, the rows holding it, in
 * row order. `rows` lists the rows of value v from `starts[v]` to `starts[v + 1]`, so a
 * value's rows are read without a lookup or an allocation.
 */
export interface Postings {
  readonly starts: Int32Array;
  readonly rows: Int32Array;
}

/** The postings of `lists` (per row, values below `values`); a value listed twice in a row counts once. */
export function buildPostings(lists: readonly (readonly number[])[], values: number): Postings {
  const lastRow = new Int32Array(values).fill(-1);
  const starts = new Int32Array(values + 1);
  lists.forEach((list, row) => {
    for (const value of list) {
      if (lastRow[value] === row) continue;
      lastRow[value] = row;
      starts[value + 1] += 1;
    }
  });
  for (let v = 0; v < values; v++) starts[v + 1] += starts[v];
  const rows = new Int32Array(starts[values]);
  const fill = starts.slice(0, values);
  lastRow.fill(-1);
  lists.forEach((list, row) => {
    for (const value of list) {
      if (lastRow[value] === row) continue;
      lastRow[value] = row;
      rows[fill[value]++] = row;
    }
  });
  return { starts, rows };
}

/** How many rows hold value `v`. */
export const postingCount = (postings: Postings, v: number): number => postings.starts[v + 1] - postings.starts[v];
