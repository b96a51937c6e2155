/**
 * Times the comparison views at 100,000 incidents: a domain × consequence crosstab
 * (15 × 10 lines with the synthetic extras and `unknown`) with its chi-square test and
 * adjusted residuals, and yearly shares of one facet with a Wilson interval on each. The
 * index is prepared once outside the timing, as the dashboard does once per dataset.
 */
import { median } from 'd3-array';
import { crosstab, crosstabAssociation } from '../src/analysis/crosstab';
import { prepareColumns } from '../src/analysis/prepared-columns';
import { trendByOption } from '../src/analysis/trend';
import { syntheticIndex } from './synthetic-index';

const SIZE = 100_000;
const WARM_UPS = 5;
const RUNS = 30;

function medianTime(run: () => number): number {
  // Summing a result of every run keeps the work observable, so none of it can be skipped.
  let checksum = 0;
  for (let i = 0; i < WARM_UPS; i++) checksum += run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    checksum += run();
    times.push(performance.now() - start);
  }
  if (checksum === 0) throw new Error('the benchmark counted no incidents');
  return median(times) ?? Number.NaN;
}

export async function benchComparison(): Promise<Record<string, number>> {
  const columns = prepareColumns(syntheticIndex(SIZE, 20240101));
  const crosstabMs = medianTime(() => {
    const association = crosstabAssociation(crosstab(columns, columns.all, 'domain', 'consequence'));
    return association.result.test?.df ?? 0;
  });
  const trendMs = medianTime(() => {
    const trend = trendByOption(columns, columns.all, 'domain', 'year');
    return trend.periods.length;
  });
  return { 'crosstab-100k-ms': crosstabMs, 'trend-100k-ms': trendMs };
}
