import type { OptionSetPairs } from '../../../src/analysis/statistics/option-set-pairs';

/** Incidents given as their row and column option sets, compressed as the permutation test takes them. */
export function setPairsOf(rowSets: readonly (readonly number[])[], colSets: readonly (readonly number[])[], rowLines: number, colLines: number): OptionSetPairs {
  const compress = (sets: readonly (readonly number[])[]) => {
    const ids = new Map<string, number>();
    const distinct: number[][] = [];
    const setOf = Uint32Array.from(sets, (set) => {
      const key = [...set].sort((a, b) => a - b).join(',');
      if (!ids.has(key)) {
        ids.set(key, distinct.length);
        distinct.push([...set]);
      }
      return ids.get(key) ?? 0;
    });
    return { distinct, setOf };
  };
  const rows = compress(rowSets);
  const cols = compress(colSets);
  return { rowLines, colLines, rowSets: rows.distinct, colSets: cols.distinct, rowSetOf: rows.setOf, colSetOf: cols.setOf };
}

/** The table of option pairs of the same incidents, one cell per row option × column option. */
export function pairTableOf(rowSets: readonly (readonly number[])[], colSets: readonly (readonly number[])[], rowLines: number, colLines: number): number[][] {
  const table = Array.from({ length: rowLines }, () => new Array<number>(colLines).fill(0));
  rowSets.forEach((rows, i) => {
    for (const r of rows) for (const c of colSets[i]) table[r][c]++;
  });
  return table;
}
