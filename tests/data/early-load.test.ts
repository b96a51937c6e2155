// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Stands in for the loading worker: notes what the page asks of it and never answers. */
class SilentWorker {
  static started: SilentWorker[] = [];
  readonly posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    SilentWorker.started.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

/** A fresh copy of the module, its handed-over load forgotten. */
async function earlyLoad() {
  vi.resetModules();
  return import('../../src/data/early-load');
}

afterEach(() => {
  vi.unstubAllGlobals();
  SilentWorker.started = [];
});

describe('the load the first script starts', () => {
  it('starts one worker on the index, handed over once', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const { startEarlyLoad, takeEarlyLoad } = await earlyLoad();
    startEarlyLoad();
    startEarlyLoad();
    expect(SilentWorker.started).toHaveLength(1);
    expect(SilentWorker.started[0].posted).toEqual([{ urls: { columns: expect.stringMatching(/\/data\/index-columns\.bin$/), labels: expect.stringMatching(/\/data\/index\.json$/) } }]);
    expect(takeEarlyLoad()).toBeInstanceOf(Promise);
    expect(takeEarlyLoad()).toBeNull();
  });

  it('stops when the query that took it is aborted', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const { startEarlyLoad, takeEarlyLoad } = await earlyLoad();
    startEarlyLoad();
    const controller = new AbortController();
    const dataset = takeEarlyLoad(controller.signal);
    controller.abort();
    await expect(dataset).rejects.toMatchObject({ name: 'AbortError' });
    expect(SilentWorker.started[0].terminated).toBe(true);
  });

  it('stops at once for a query aborted before it took the load', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const { startEarlyLoad, takeEarlyLoad } = await earlyLoad();
    startEarlyLoad();
    const controller = new AbortController();
    controller.abort();
    await expect(takeEarlyLoad(controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(SilentWorker.started[0].terminated).toBe(true);
  });

  it('is what the first dataset query takes, and a later query loads anew', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const { startEarlyLoad } = await earlyLoad();
    const { datasetQueryOptions } = await import('../../src/data/get-dataset');
    startEarlyLoad();
    const client = new QueryClient();
    void client.prefetchQuery(datasetQueryOptions());
    await vi.waitFor(() => expect(client.getQueryState(datasetQueryOptions().queryKey)?.fetchStatus).toBe('fetching'));
    expect(SilentWorker.started).toHaveLength(1);
    await client.cancelQueries();
    expect(SilentWorker.started[0].terminated).toBe(true);
    void client.prefetchQuery(datasetQueryOptions());
    await vi.waitFor(() => expect(SilentWorker.started).toHaveLength(2));
    client.clear();
  });

  it('leaves loading to the query where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const { startEarlyLoad, takeEarlyLoad } = await earlyLoad();
    startEarlyLoad();
    expect(takeEarlyLoad()).toBeNull();
  });
});
