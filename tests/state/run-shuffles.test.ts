import { describe, expect, it, vi } from 'vitest';
import type { ShufflePlan } from '../../src/analysis/shuffle-plan';
import { runShufflePlan } from '../../src/analysis/shuffle-plan';
import { finishedShuffles, requestShuffles, shufflePlanKey, subscribeShuffles } from '../../src/state/run-shuffles';

/** Eight incidents, two row lines and two column lines, as bitsets of one word each. */
const plan = (seed = 7): ShufflePlan => ({
  tested: Uint32Array.of(0b1111_1111),
  n: 8,
  rowLines: [Uint32Array.of(0b0000_1111), Uint32Array.of(0b1111_0011)],
  colLines: [Uint32Array.of(0b0101_0101), Uint32Array.of(0b1010_1110)],
  shuffles: 200,
  seed,
});

describe('the permutation tests run off the page', () => {
  it('keys a result by what its plan holds, so an equal plan derived again finds it', async () => {
    expect(shufflePlanKey(plan())).toBe(shufflePlanKey(plan()));
    expect(shufflePlanKey(plan(8))).not.toBe(shufflePlanKey(plan()));
    const heard = vi.fn();
    const stop = subscribeShuffles(heard);
    requestShuffles(plan());
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    stop();
    expect(finishedShuffles().get(shufflePlanKey(plan()))).toEqual(runShufflePlan(plan()));
  });

  it('stops a run nothing asks for any more, and runs one plan once for all who ask', async () => {
    vi.useFakeTimers();
    try {
      const release = requestShuffles(plan(11));
      release();
      await vi.runAllTimersAsync();
      expect(finishedShuffles().has(shufflePlanKey(plan(11)))).toBe(false);
      const first = requestShuffles(plan(12));
      const second = requestShuffles(plan(12));
      first();
      await vi.runAllTimersAsync();
      expect(finishedShuffles().has(shufflePlanKey(plan(12)))).toBe(true);
      second();
    } finally {
      vi.useRealTimers();
    }
  });
});
