/**
 * A seeded source of uniform integers (Mulberry32): the same seed gives the same
 * sequence, so a Monte-Carlo p-value is reproducible from the data alone. Written here
 * rather than taken from @stdlib's Mersenne Twister because a permutation test at 100,000
 * incidents draws a hundred million numbers, and the library generator, called through
 * its function interface, was five times slower (38 ns against 7 ns a draw); 32 bits of
 * state are plenty for choosing positions in shuffles.
 */
export type RandomIndex = (bound: number) => number;

/** A function returning a uniform integer in [0, bound) for bound ≤ 2³². */
export function seededRandomIndex(seed: number): RandomIndex {
  let state = seed | 0;
  return (bound) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * bound);
  };
}
