import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { encodeIndex } from '../../src/domain/index-files';
import type { PlainIndex } from '../../src/domain/schema';
import { realDataset } from './real-dataset';
import type { RealDataset } from './real-dataset';

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function serve(dir: string, ...segments: string[]): HttpResponse<string | ArrayBuffer> {
  const path = join(dir, ...segments);
  if (!segments.every((s) => SAFE_NAME.test(s)) || !existsSync(path)) return new HttpResponse(null, { status: 404 });
  if (path.endsWith('.bin')) {
    const bytes = readFileSync(path);
    return new HttpResponse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), { headers: { 'Content-Type': 'application/octet-stream' } });
  }
  return new HttpResponse(readFileSync(path, 'utf8'), { headers: { 'Content-Type': 'application/json' } });
}

/** Handlers serving `index` in place of the dataset's index, both of its files. */
export function indexHandlers(index: PlainIndex) {
  const { columns, labels } = encodeIndex(index);
  return [
    http.get('*/data/index-columns.bin', () => new HttpResponse(columns.buffer.slice(0), { headers: { 'Content-Type': 'application/octet-stream' } })),
    http.get('*/data/index.json', () => HttpResponse.json(labels)),
  ];
}

/** Handlers serving `data/*` from a built dataset directory; a missing file is a 404, like a static host. */
export function datasetHandlers(dir: string) {
  return [
    http.get('*/data/incidents/:file', ({ params }) => serve(dir, 'incidents', String(params.file))),
    http.get('*/data/:file', ({ params }) => serve(dir, String(params.file))),
  ];
}

export interface DatasetServer {
  readonly server: SetupServer;
  /** The dataset being served; available once `beforeAll` has run. */
  readonly dataset: () => RealDataset;
}

/**
 * Builds the real dataset and serves it with MSW for the tests of one file. Any request
 * without a handler fails the test, so a stray fetch cannot go unnoticed.
 */
export function useDatasetServer(): DatasetServer {
  let dataset: RealDataset | null = null;
  const server = setupServer();
  beforeAll(() => {
    dataset = realDataset();
    server.use(...datasetHandlers(dataset.dir));
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers(...datasetHandlers(dataset!.dir));
  });
  afterAll(() => {
    server.close();
  });
  return {
    server,
    dataset: () => {
      if (dataset === null) throw new Error('the dataset is served from beforeAll on');
      return dataset;
    },
  };
}
