/**
 * Incidents described by the option sets they hold in two facets, compressed for
 * shuffling. `rowSets[a]` lists the row lines (0 … `rowLines` − 1) of the a-th distinct
 * row set, and `rowSetOf[i]` is incident i's row set; likewise for columns. Every set is
 * non-empty: an incident without a tested option in either facet is not in the test.
 */
export interface OptionSetPairs {
  readonly rowLines: number;
  readonly colLines: number;
  readonly rowSets: readonly (readonly number[])[];
  readonly colSets: readonly (readonly number[])[];
  readonly rowSetOf: Uint32Array;
  readonly colSetOf: Uint32Array;
}

/** True when some incident has more than one tested option in either facet. */
export function isMultiValued(pairs: OptionSetPairs): boolean {
  return pairs.rowSets.some((set) => set.length > 1) || pairs.colSets.some((set) => set.length > 1);
}

/** Incidents per pair of sets, `counts[a * colSets.length + b]`. */
export function setPairCounts(pairs: OptionSetPairs, rowSetOf: ArrayLike<number>, colSetOf: ArrayLike<number>): Float64Array {
  const width = pairs.colSets.length;
  const counts = new Float64Array(pairs.rowSets.length * width);
  for (let i = 0; i < rowSetOf.length; i++) counts[rowSetOf[i] * width + colSetOf[i]]++;
  return counts;
}

/**
 * The table of option pairs from the counts of set pairs: `cells[r * colLines + c]` is the
 * number of incidents having row option r and column option c, an incident counted once
 * in every cell its two sets touch.
 */
export function pairCells(pairs: OptionSetPairs, counts: Float64Array, cells = new Float64Array(pairs.rowLines * pairs.colLines)): Float64Array {
  cells.fill(0);
  const width = pairs.colSets.length;
  for (let a = 0; a < pairs.rowSets.length; a++) {
    const rowSet = pairs.rowSets[a];
    for (let b = 0; b < width; b++) {
      const count = counts[a * width + b];
      if (count === 0) continue;
      for (const r of rowSet) for (const c of pairs.colSets[b]) cells[r * pairs.colLines + c] += count;
    }
  }
  return cells;
}

/** Distinct incidents having each row line and each column line: the margins a permutation keeps. */
export function incidentMargins(pairs: OptionSetPairs): { rows: number[]; cols: number[]; n: number } {
  const rows = new Array<number>(pairs.rowLines).fill(0);
  const cols = new Array<number>(pairs.colLines).fill(0);
  for (const a of pairs.rowSetOf) for (const r of pairs.rowSets[a]) rows[r]++;
  for (const b of pairs.colSetOf) for (const c of pairs.colSets[b]) cols[c]++;
  return { rows, cols, n: pairs.rowSetOf.length };
}
