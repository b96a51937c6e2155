import { describe, expect, it } from 'vitest';
import {
  and,
  andNot,
  createBitset,
  forEachBit,
  fromIndices,
  fullBitset,
  hasBit,
  intersection,
  or,
  popcount,
  popcountAnd,
  toIndices,
} from '../../src/analysis/bitset';

const SIZES = [0, 1, 31, 32, 33, 100_000];

/** Rows kept by a fixed arithmetic pattern: irregular enough to hit every bit position, no randomness. */
const patternRows = (size: number, modulus: number): number[] =>
  Array.from({ length: size }, (_, row) => row).filter(
    (row) => Math.imul(row + 7, 2654435761) >>> 0 < 4294967296 / modulus,
  );

describe('bitset', () => {
  it.each(SIZES)('holds every row of a full set of %i rows and nothing past them', (size) => {
    const full = fullBitset(size);
    expect(full.length).toBe(Math.ceil(size / 32));
    expect(popcount(full)).toBe(size);
    const rows = toIndices(full);
    expect(rows.length).toBe(size);
    expect(rows.every((row, i) => row === i)).toBe(true);
    expect(popcount(createBitset(size))).toBe(0);
  });

  it.each(SIZES)('counts and lists a patterned set of %i rows like a naive loop', (size) => {
    const rows = patternRows(size, 3);
    const bits = fromIndices(rows, size);
    expect(popcount(bits)).toBe(rows.length);
    expect([...toIndices(bits)]).toEqual(rows);
    const visited: number[] = [];
    forEachBit(bits, (row) => visited.push(row));
    expect(visited).toEqual(rows);
    for (const row of [0, 1, 30, 31, 32, 33, size - 1].filter((r) => r >= 0 && r < size)) {
      expect(hasBit(bits, row)).toBe(rows.includes(row));
    }
  });

  it.each(SIZES)('combines two sets of %i rows like naive set operations', (size) => {
    const a = patternRows(size, 2);
    const b = patternRows(size, 3).map((row) => size - 1 - row).sort((x, y) => x - y);
    const inB = new Set(b);
    const inA = new Set(a);
    const bitsA = fromIndices(a, size);
    const bitsB = fromIndices(b, size);
    const union = [...new Set([...a, ...b])].sort((x, y) => x - y);
    expect([...toIndices(and(bitsA, bitsB))]).toEqual(a.filter((row) => inB.has(row)));
    expect([...toIndices(or(bitsA, bitsB))]).toEqual(union);
    expect([...toIndices(andNot(bitsA, bitsB))]).toEqual(a.filter((row) => !inB.has(row)));
    expect([...toIndices(andNot(bitsB, bitsA))]).toEqual(b.filter((row) => !inA.has(row)));
    expect(popcountAnd(bitsA, bitsB)).toBe(a.filter((row) => inB.has(row)).length);
  });

  it.each(SIZES)('keeps the bits past %i rows zero when removing from a full set', (size) => {
    const full = fullBitset(size);
    const removed = andNot(full, createBitset(size));
    expect(popcount(removed)).toBe(size);
    expect(popcount(andNot(full, full))).toBe(0);
  });

  it('writes into an output set that is one of the inputs', () => {
    const a = fromIndices([1, 2, 40], 64);
    const b = fromIndices([2, 40, 63], 64);
    expect(and(a, b, a)).toBe(a);
    expect([...toIndices(a)]).toEqual([2, 40]);
    expect([...toIndices(or(a, b, b))]).toEqual([2, 40, 63]);
    expect([...toIndices(andNot(b, fromIndices([40], 64), b))]).toEqual([2, 63]);
  });

  it('accepts rows in any order and repeated', () => {
    expect([...toIndices(fromIndices([33, 0, 33, 5], 40))]).toEqual([0, 5, 33]);
  });

  it.each([
    [[-1], 10],
    [[10], 10],
    [[0.5], 10],
    [[0], 0],
  ])('rejects rows %j outside a set of %i rows', (rows, size) => {
    expect(() => fromIndices(rows, size)).toThrow(RangeError);
  });
});

describe('intersection', () => {
  it('keeps the rows in every set, writing into none of them', () => {
    const sets = [fromIndices([1, 2, 3, 40], 70), fromIndices([2, 3, 40, 69], 70), fromIndices([0, 3, 40], 70)];
    const copies = sets.map((set) => set.slice());
    expect([...toIndices(intersection(sets) as Uint32Array)]).toEqual([3, 40]);
    expect(sets).toEqual(copies);
  });

  it('is the only set itself, and null for none', () => {
    const only = fromIndices([5], 10);
    expect(intersection([only])).toBe(only);
    expect(intersection([])).toBeNull();
  });
});
