/**
 * One incident's similar incidents at 100,000 incidents: `similar-100k-ms`, the median
 * over incidents spread across the index of `similarIncidents` as the incident page
 * calls it. The model is built once outside the timing, as the app builds it once per
 * loaded dataset; its cost is `similar-model-100k-ms`.
 */
import { readPlainIndex } from '../src/domain/index-files';
import { median } from 'd3-array';
import { similarIncidents } from '../src/analysis/similar-incidents';
import { similarityIndex, similarityModel } from '../src/analysis/similarity-model';
import { SIMILAR_SHOWN } from '../src/views/incident/similar-incidents';
import { syntheticIndex } from './synthetic-index';
import { syntheticTerms } from './synthetic-terms';
import { pageLabels } from '../src/domain/label-column';

const SIZE = 100_000;
const SEED = 20240101;
const WARM_UPS = 3;
const INCIDENTS = 25;

export function benchSimilar(): Record<string, number> {
  const index = readPlainIndex(syntheticIndex(SIZE, SEED));
  const terms = syntheticTerms(SIZE, SEED, index.build);
  const start = performance.now();
  const model = similarityModel(similarityIndex({ ...index, ...pageLabels(index) }), terms);
  const modelMs = performance.now() - start;
  // Summing a result of every run keeps the work observable, so none of it can be skipped.
  let checksum = 0;
  const rowAt = (i: number) => Math.floor(((i + 0.5) * SIZE) / INCIDENTS);
  for (let i = 0; i < WARM_UPS; i++) checksum += similarIncidents(model, rowAt(i), SIMILAR_SHOWN).length;
  const times: number[] = [];
  for (let i = 0; i < INCIDENTS; i++) {
    const t = performance.now();
    checksum += similarIncidents(model, rowAt(i), SIMILAR_SHOWN).length;
    times.push(performance.now() - t);
  }
  if (checksum === 0) throw new Error('no incident had a similar one');
  return { 'similar-100k-ms': median(times) ?? Number.NaN, 'similar-model-100k-ms': modelMs };
}
