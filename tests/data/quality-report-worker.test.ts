// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadQualityReport } from '../../src/data/build-report-load';
import type { QualityReportMessage } from '../../src/data/build-report-load';
import { DataValidationError } from '../../src/data/data-error';
import { failedMessage } from '../../src/data/dataset-messages';
import { getQualityReport } from '../../src/data/get-build-report';
import { useDatasetServer } from '../testing/dataset-server';

const { server } = useDatasetServer();

/** A worker that answers as `answer` says, noting the script it was started with and what it was asked. */
function fakeWorker(answer: (url: string) => Promise<QualityReportMessage>) {
  const started: { script: string; asked: string[]; terminated: boolean }[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent<QualityReportMessage>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    private readonly seen = { script: '', asked: [] as string[], terminated: false };
    constructor(script: URL) {
      this.seen.script = String(script);
      started.push(this.seen);
    }
    postMessage({ url }: { url: string }) {
      this.seen.asked.push(url);
      void answer(url).then((data) => this.onmessage?.({ data } as MessageEvent<QualityReportMessage>));
    }
    terminate() {
      this.seen.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return started;
}

afterEach(() => vi.unstubAllGlobals());

describe('the build report read in a worker', () => {
  it('is asked of a worker, which alone fetches the file, and gives what the view shows', async () => {
    const expected = await loadQualityReport('http://localhost:3000/data/build-report.json');
    const fetched: string[] = [];
    server.events.on('request:start', ({ request }) => void fetched.push(request.url));
    const started = fakeWorker(async () => ({ kind: 'done', report: expected }));
    expect(await getQualityReport()).toEqual(expected);
    expect(started).toHaveLength(1);
    expect(new URL(started[0].script).pathname).toBe('/src/data/build-report-worker.ts');
    expect(started[0].asked).toEqual(['http://localhost:3000/data/build-report.json']);
    expect(started[0].terminated).toBe(true);
    expect(fetched).toEqual([]);
    server.events.removeAllListeners();
  });

  it('fails with the error the worker met, named for the file', async () => {
    server.use(http.get('*/data/build-report.json', () => HttpResponse.json({ build: 1 })));
    const met = await loadQualityReport('http://localhost:3000/data/build-report.json').catch((error: unknown) => error);
    fakeWorker(async () => failedMessage(met, 'build-report.json'));
    const answer = getQualityReport();
    await expect(answer).rejects.toBeInstanceOf(DataValidationError);
    await expect(answer).rejects.toThrow(/^build-report\.json failed validation: build: /);
  });
});
