/**
 * The app's loading path for a 100,000-incident index once its text has arrived:
 * `JSON.parse`, `IndexSchema.parse` and `prepareColumns`. Medians over repeated runs on
 * the same text, each step timed on its own too, so a miss shows where the time goes.
 * `index-columns-parse-100k-ms` is the part the page draws after: the same steps over the
 * text before the ids and titles, checked by `IndexColumnsSchema` (see index-stream.ts).
 */
import { median } from 'd3-array';
import { prepareColumns } from '../src/analysis/prepared-columns';
import { encodeIndex, IndexColumnsSchema, IndexSchema } from '../src/domain/schema';
import { syntheticIndex } from './synthetic-index';

const SIZE = 100_000;
const SEED = 1;
const WARM_UPS = 2;
const RUNS = 9;

export async function benchIndexParse(): Promise<Record<string, number>> {
  const text = JSON.stringify(encodeIndex(syntheticIndex(SIZE, SEED)));
  const head = `${text.slice(0, text.indexOf(',"id":['))}}`;
  const steps = { json: [] as number[], schema: [] as number[], prepare: [] as number[], total: [] as number[], columns: [] as number[] };
  let checksum = 0;
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const start = performance.now();
    const raw: unknown = JSON.parse(text);
    const parsed = performance.now();
    const index = IndexSchema.parse(raw);
    const validated = performance.now();
    checksum += prepareColumns(index).size;
    const prepared = performance.now();
    checksum += prepareColumns(IndexColumnsSchema.parse(JSON.parse(head))).size;
    const columns = performance.now();
    if (i < WARM_UPS) continue;
    steps.columns.push(columns - prepared);
    steps.json.push(parsed - start);
    steps.schema.push(validated - parsed);
    steps.prepare.push(prepared - validated);
    steps.total.push(prepared - start);
  }
  if (checksum !== 2 * SIZE * (WARM_UPS + RUNS)) throw new Error('an index lost rows on the way');
  console.log(`index.json at ${SIZE} incidents: ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MiB of text`);
  return {
    'index-parse-100k-ms': median(steps.total) ?? Number.NaN,
    'index-parse-100k-json-ms': median(steps.json) ?? Number.NaN,
    'index-parse-100k-schema-ms': median(steps.schema) ?? Number.NaN,
    'index-parse-100k-prepare-ms': median(steps.prepare) ?? Number.NaN,
    'index-columns-parse-100k-ms': median(steps.columns) ?? Number.NaN,
  };
}
