import type { Page } from 'playwright-core';
import { encodeIndex, INDEX_COLUMNS_FILE, readIndex } from '../../src/domain/index-files';
import type { DatasetIndex, PlainIndex } from '../../src/domain/schema';

/** The index the page is served, both of its files read and checked with the app's own code. */
export async function servedIndex(page: Page): Promise<DatasetIndex> {
  const [columns, labels] = await Promise.all([
    fetch(new URL(`data/${INDEX_COLUMNS_FILE}`, page.url())).then((response) => response.arrayBuffer()),
    fetch(new URL('data/index.json', page.url())).then((response) => response.json()),
  ]);
  return readIndex(columns, labels);
}

/** Serves `index` to the page in place of the dataset's index, both of its files. */
export async function routeIndex(page: Page, index: PlainIndex): Promise<void> {
  const { columns, labels } = encodeIndex(index);
  await page.route(`**/data/${INDEX_COLUMNS_FILE}`, (route) => route.fulfill({ body: Buffer.from(columns), contentType: 'application/octet-stream' }));
  await page.route('**/data/index.json', (route) => route.fulfill({ json: labels }));
}
