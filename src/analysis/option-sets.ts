import { and, createBitset, forEachBit } from './bitset';
import type { Bitset } from './bitset';

/**
 * Each incident of `rows` (in row order) as the set of `lines` it has, `lines` being the
 * incidents having each option: `sets[setOf[i]]` lists positions in `lines`. A set is read
 * from one bit per line, so up to 52 lines it is an exact double (a sum of powers of 2);
 * beyond that, as a string key.
 */
export function optionSets(
  lines: readonly Bitset[],
  rows: Bitset,
  count: number,
): { sets: number[][]; setOf: Uint32Array } {
  const size = rows.length * 32;
  const members: number[][] | null = lines.length > 52 ? Array.from({ length: size }, () => []) : null;
  const keys = new Float64Array(members ? 0 : size);
  const scratch = createBitset(size);
  lines.forEach((bits, position) => {
    and(rows, bits, scratch);
    const weight = 2 ** position;
    forEachBit(scratch, members ? (row) => members[row].push(position) : (row) => (keys[row] += weight));
  });
  const ids = new Map<number | string, number>();
  const sets: number[][] = [];
  const setOf = new Uint32Array(count);
  let next = 0;
  forEachBit(rows, (row) => {
    const key = members ? members[row].join(',') : keys[row];
    let id = ids.get(key);
    if (id === undefined) {
      id = sets.length;
      ids.set(key, id);
      sets.push(members ? members[row] : lines.flatMap((_, position) => (Math.floor(keys[row] / 2 ** position) % 2 === 1 ? [position] : [])));
    }
    setOf[next++] = id;
  });
  return { sets, setOf };
}
