// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { similarIncidentsQueryOptions } from '../../src/data/get-similar-incidents';
import { indexQueryOptions } from '../../src/data/get-index';
import { useDatasetServer } from '../testing/dataset-server';
import { labelled } from '../testing/labelled-index';

const { dataset } = useDatasetServer();

/** A worker whose script could not be run: it reports the error as soon as someone listens, and answers nothing. */
class BrokenWorker {
  set onerror(listen: (event: { message: string }) => void) {
    queueMicrotask(() => listen({ message: 'the script could not be loaded' }));
  }
  onmessage = null;
  postMessage() {}
  terminate() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('similar incidents, asked of their worker', () => {
  it('fail with the reason, rather than wait for ever, when the worker broke before the index came', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const client = createQueryClient();
    const index = dataset().index();
    client.setQueryData(indexQueryOptions().queryKey, labelled(index));
    await expect(client.fetchQuery(similarIncidentsQueryOptions(index.id[0], 6))).rejects.toThrow('their worker failed (the script could not be loaded)');
  });
});
