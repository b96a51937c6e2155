/**
 * Faultline's filter-and-count time divided by crossfilter2's and Arquero's doing the
 * same work on the same data in the same run; below 1 means Faultline is faster. Each
 * library is tried every way listed below and its fastest is kept, so none is held back
 * by a poor choice of ours. Before any timing, every way must give Faultline's counts
 * exactly, or the benchmark stops. Runs are interleaved round by round, rotating the
 * order, so a burst of load on the shared machine hits every contender alike.
 */
import { readPlainIndex } from '../src/domain/index-files';
import { median } from 'd3-array';
import { arqueroComboColumns, arqueroOptionColumns } from './arquero-strategies';
import type { CountStrategy, PreparedCount } from './count-strategy';
import { crossfilterArrayDimensions, crossfilterComboDimensions } from './crossfilter-strategies';
import { faultlineStrategy } from './faultline-strategy';
import { countsDifference, WORKLOAD_SEED, WORKLOAD_SIZE } from './filter-workload';
import { syntheticIndex } from './synthetic-index';

const STRATEGIES: readonly CountStrategy[] = [
  faultlineStrategy,
  crossfilterArrayDimensions,
  crossfilterComboDimensions,
  arqueroOptionColumns,
  arqueroComboColumns,
];
/** The libraries a ratio is reported for, each against Faultline. */
const COMPARED = ['crossfilter', 'arquero'] as const;
const WARM_UPS = 5;
const ROUNDS = 21;

interface Contender {
  readonly strategy: CountStrategy;
  readonly prepared: PreparedCount;
  readonly times: number[];
}

function timeOnce(contender: Contender): void {
  const start = performance.now();
  contender.prepared.run();
  contender.times.push(performance.now() - start);
  contender.prepared.reset();
}

export async function benchLibraryRatios(): Promise<Record<string, number>> {
  const index = readPlainIndex(syntheticIndex(WORKLOAD_SIZE, WORKLOAD_SEED));
  const contenders: Contender[] = STRATEGIES.map((strategy) => ({ strategy, prepared: strategy.prepare(index), times: [] }));
  const expected = contenders[0].prepared.run();
  for (const { strategy, prepared } of contenders) {
    const problem = countsDifference(expected, prepared.run());
    prepared.reset();
    if (problem !== null) throw new Error(`${strategy.library} (${strategy.approach}) counts differ from Faultline's: ${problem}`);
  }
  for (let i = 0; i < WARM_UPS; i++) {
    for (const { prepared } of contenders) {
      prepared.run();
      prepared.reset();
    }
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < contenders.length; i++) timeOnce(contenders[(round + i) % contenders.length]);
  }

  const medians = contenders.map((c) => median(c.times) ?? Number.NaN);
  console.log(`filter-and-count at ${WORKLOAD_SIZE} incidents, same data, median of ${ROUNDS} interleaved runs:`);
  contenders.forEach(({ strategy }, i) => console.log(`  ${medians[i].toFixed(2).padStart(8)} ms  ${strategy.library}: ${strategy.approach}`));
  const faultline = medians[0];
  const fastest = (library: string): number =>
    Math.min(...medians.filter((_, i) => contenders[i].strategy.library === library));
  return Object.fromEntries(COMPARED.map((library) => [`${library}-ratio`, faultline / fastest(library)]));
}
