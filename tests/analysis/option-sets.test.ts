import { describe, expect, it } from 'vitest';
import { fromIndices } from '../../src/analysis/bitset';
import { optionSets } from '../../src/analysis/option-sets';

const SIZE = 70;
const bits = (rows: number[]) => fromIndices(rows, SIZE);

describe('optionSets', () => {
  it('gives each incident of the mask, in row order, the set of lines it has', () => {
    const lines = [bits([0, 2, 5]), bits([2, 3]), bits([5, 9])];
    const { sets, setOf } = optionSets(lines, bits([0, 2, 3, 5]), 4);
    expect([...setOf].map((k) => sets[k])).toEqual([[0], [0, 1], [1], [0, 2]]);
  });

  it('shares one set between incidents with the same lines', () => {
    const { sets, setOf } = optionSets([bits([1, 4, 6]), bits([1, 6])], bits([1, 4, 6]), 3);
    expect(sets).toEqual([[0, 1], [0]]);
    expect([...setOf]).toEqual([0, 1, 0]);
  });

  it('reads sets over more lines than a double holds bits exactly', () => {
    // Row r has lines r and r + 1: 60 lines, past the 52 a sum of powers of 2 keeps exact.
    const lines = Array.from({ length: 60 }, (_, line) => bits(line === 0 ? [0] : [line - 1, line]));
    const { sets, setOf } = optionSets(lines, bits([0, 30, 58]), 3);
    expect([...setOf].map((k) => sets[k])).toEqual([[0, 1], [30, 31], [58, 59]]);
  });
});
