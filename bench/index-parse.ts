/**
 * The app's loading path for a 100,000-incident index once its bytes have arrived:
 * `readIndexColumns` over `index-columns.bin`, `JSON.parse` and `readIndexLabels` over
 * `index.json`, and `prepareColumns`. Medians over repeated runs on the same bytes, each
 * step timed on its own too, so a miss shows where the time goes.
 * `index-columns-parse-100k-ms` is the part the page draws after: the columns read and
 * prepared, before the ids and titles.
 */
import { median } from 'd3-array';
import { prepareColumns } from '../src/analysis/prepared-columns';
import { encodeIndex, readIndexColumns, readIndexLabels } from '../src/domain/index-files';
import { syntheticIndex } from './synthetic-index';

const SIZE = 100_000;
const SEED = 1;
const WARM_UPS = 2;
const RUNS = 9;

export async function benchIndexParse(): Promise<Record<string, number>> {
  const { columns: bytes, labels } = encodeIndex(syntheticIndex(SIZE, SEED));
  const text = JSON.stringify(labels);
  const steps = { json: [] as number[], schema: [] as number[], prepare: [] as number[], total: [] as number[], columns: [] as number[] };
  let checksum = 0;
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const start = performance.now();
    const columns = readIndexColumns(bytes.buffer);
    const read = performance.now();
    checksum += prepareColumns(columns).size;
    const prepared = performance.now();
    const raw: unknown = JSON.parse(text);
    const parsed = performance.now();
    checksum += readIndexLabels(raw, columns).id.length;
    const checked = performance.now();
    if (i < WARM_UPS) continue;
    steps.columns.push(prepared - start);
    steps.json.push(parsed - prepared);
    steps.schema.push(read - start + (checked - parsed));
    steps.prepare.push(prepared - read);
    steps.total.push(checked - start);
  }
  if (checksum !== 2 * SIZE * (WARM_UPS + RUNS)) throw new Error('an index lost rows on the way');
  console.log(`the index at ${SIZE} incidents: ${(bytes.length / 2 ** 20).toFixed(1)} MiB of columns, ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MiB of ids and titles`);
  return {
    'index-parse-100k-ms': median(steps.total) ?? Number.NaN,
    'index-parse-100k-json-ms': median(steps.json) ?? Number.NaN,
    'index-parse-100k-schema-ms': median(steps.schema) ?? Number.NaN,
    'index-parse-100k-prepare-ms': median(steps.prepare) ?? Number.NaN,
    'index-columns-parse-100k-ms': median(steps.columns) ?? Number.NaN,
  };
}
