/**
 * Times the comparison views at 100,000 incidents: a domain × consequence crosstab
 * (15 × 10 lines with the synthetic extras and `unknown`) with its test as the click
 * computes it (X², expected counts and adjusted residuals on the tested incidents'
 * margins, and the option sets the shuffles need), the permutation test that follows in
 * a worker, and yearly shares of one facet with a Wilson interval on each. The index is
 * prepared once outside the timing, as the dashboard does once per dataset.
 */
import { readPlainIndex } from '../src/domain/index-files';
import { median } from 'd3-array';
import { crosstab } from '../src/analysis/crosstab';
import { crosstabAssociation } from '../src/analysis/crosstab-association';
import { runShufflePlan } from '../src/analysis/shuffle-plan';
import { prepareColumns } from '../src/analysis/prepared-columns';
import { trendByOption } from '../src/analysis/trend';
import { syntheticIndex } from './synthetic-index';

const SIZE = 100_000;
const WARM_UPS = 5;
const RUNS = 30;
/** The permutation test takes most of a second; a few runs give a stable median. */
const TEST_WARM_UPS = 1;
const TEST_RUNS = 5;

function medianTime(run: () => number, warmUps = WARM_UPS, runs = RUNS): number {
  // Summing a result of every run keeps the work observable, so none of it can be skipped.
  let checksum = 0;
  for (let i = 0; i < warmUps; i++) checksum += run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    checksum += run();
    times.push(performance.now() - start);
  }
  if (checksum === 0) throw new Error('the benchmark counted no incidents');
  return median(times) ?? Number.NaN;
}

export async function benchComparison(): Promise<Record<string, number>> {
  const columns = prepareColumns(readPlainIndex(syntheticIndex(SIZE, 20240101)));
  const association = () => crosstabAssociation(columns, columns.all, crosstab(columns, columns.all, 'domain', 'consequence'));
  const crosstabMs = medianTime(() => association().result.test?.df ?? 0);
  const plan = association().shuffle;
  if (plan === null) throw new Error('the synthetic crosstab needs no shuffles');
  const testMs = medianTime(() => runShufflePlan(plan).exceeding + 1, TEST_WARM_UPS, TEST_RUNS);
  const trendMs = medianTime(() => {
    const trend = trendByOption(columns, columns.all, 'domain', 'year');
    return trend.periods.length;
  });
  return { 'crosstab-100k-ms': crosstabMs, 'association-test-100k-ms': testMs, 'trend-100k-ms': trendMs };
}
