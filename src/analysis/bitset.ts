/**
 * Sets of row indices as one bit per row: row i is bit `i & 31` of word `i >>> 5`.
 * At 100,000 incidents a set is 3,125 words, so combining two sets or counting one is a
 * few thousand integer operations instead of a loop over row objects.
 *
 * Invariant kept by every function here: bits at or past the set's size are zero. That
 * is what lets `popcount` ignore the size and lets sets of equal size combine word by
 * word. Sets passed to one call must come from the same size.
 */
export type Bitset = Uint32Array;

const wordCount = (size: number): number => (size + 31) >>> 5;

/** An empty set able to hold rows `0 .. size - 1`. */
export function createBitset(size: number): Bitset {
  return new Uint32Array(wordCount(size));
}

/** The set of every row `0 .. size - 1`; the tail of the last word stays zero. */
export function fullBitset(size: number): Bitset {
  const bits = new Uint32Array(wordCount(size)).fill(0xffffffff);
  const tail = size & 31;
  if (tail !== 0) bits[bits.length - 1] = 0xffffffff >>> (32 - tail);
  return bits;
}

/** Adds `row` to the set in place; `row` must be below the set's size. */
export function setBit(bits: Bitset, row: number): void {
  bits[row >>> 5] |= 1 << (row & 31);
}

export function hasBit(bits: Bitset, row: number): boolean {
  return (bits[row >>> 5] & (1 << (row & 31))) !== 0;
}

/** `a ∩ b`, written to `out` (a new set unless given; `out` may be `a` or `b`). */
export function and(a: Bitset, b: Bitset, out: Bitset = new Uint32Array(a.length)): Bitset {
  for (let i = 0; i < a.length; i++) out[i] = a[i] & b[i];
  return out;
}

/** `a ∪ b`, written to `out` (a new set unless given; `out` may be `a` or `b`). */
export function or(a: Bitset, b: Bitset, out: Bitset = new Uint32Array(a.length)): Bitset {
  for (let i = 0; i < a.length; i++) out[i] = a[i] | b[i];
  return out;
}

/** `a \ b`, written to `out` (a new set unless given; `out` may be `a` or `b`). */
export function andNot(a: Bitset, b: Bitset, out: Bitset = new Uint32Array(a.length)): Bitset {
  for (let i = 0; i < a.length; i++) out[i] = a[i] & ~b[i];
  return out;
}

/**
 * The rows in every one of `sets`: a new set, the only set itself (so read-only to the
 * caller, as any set it was given), or null for no set, whose meaning the caller knows.
 */
export function intersection(sets: readonly Bitset[]): Bitset | null {
  if (sets.length <= 1) return sets[0] ?? null;
  const both = and(sets[0], sets[1]);
  for (const set of sets.slice(2)) and(both, set, both);
  return both;
}

/** Bits set in one 32-bit word (the classic SWAR count: no table, no branch). */
function popcount32(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The number of rows in the set. */
export function popcount(bits: Bitset): number {
  let count = 0;
  for (let i = 0; i < bits.length; i++) count += popcount32(bits[i]);
  return count;
}

/**
 * `|a ∩ b|` without building the intersection: the hot path of every facet count,
 * where allocating a set per option would cost more than the counting.
 */
export function popcountAnd(a: Bitset, b: Bitset): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) count += popcount32(a[i] & b[i]);
  return count;
}

/** Calls `visit` with each row of the set, in ascending order. */
export function forEachBit(bits: Bitset, visit: (row: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w];
    while (word !== 0) {
      const low = word & -word;
      visit((w << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}

/** The rows of the set in ascending order. */
export function toIndices(bits: Bitset): Uint32Array {
  const rows = new Uint32Array(popcount(bits));
  let next = 0;
  forEachBit(bits, (row) => {
    rows[next++] = row;
  });
  return rows;
}

/**
 * The set of the given rows (any order, duplicates allowed). Throws a `RangeError` for a
 * row at or past `size`: such a row means the list was built for another dataset, and
 * silently dropping it would hide that.
 */
export function fromIndices(rows: ArrayLike<number>, size: number): Bitset {
  const bits = createBitset(size);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Number.isInteger(row) || row < 0 || row >= size) {
      throw new RangeError(`row ${row} is outside a set of ${size} rows`);
    }
    setBit(bits, row);
  }
  return bits;
}
