import { readPlainIndex } from '../../src/domain/index-files';
import { describe, expect, it } from 'vitest';
import { arqueroComboColumns, arqueroOptionColumns } from '../../bench/arquero-strategies';
import { crossfilterArrayDimensions, crossfilterComboDimensions } from '../../bench/crossfilter-strategies';
import { faultlineStrategy } from '../../bench/faultline-strategy';
import { countsDifference } from '../../bench/filter-workload';
import { syntheticIndex } from '../../bench/synthetic-index';

const index = readPlainIndex(syntheticIndex(3_000, 7));
const expected = faultlineStrategy.prepare(index).run();

describe('library strategies of the filter-and-count benchmark', () => {
  it.each([crossfilterArrayDimensions, crossfilterComboDimensions, arqueroOptionColumns, arqueroComboColumns])(
    '$library ($approach) counts what Faultline counts, run after run',
    (strategy) => {
      const prepared = strategy.prepare(index);
      for (let run = 0; run < 2; run++) {
        expect(countsDifference(expected, prepared.run())).toBeNull();
        prepared.reset();
      }
    },
  );

  it('tells counts apart by facet', () => {
    const changed = { ...expected, phase: expected.phase.map((count, k) => (k === 0 ? count + 1 : count)) };
    expect(countsDifference(expected, changed)).toMatch(/^phase: /);
  });
});
