// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { similarIncidentsQueryOptions } from '../../src/data/get-similar-incidents';
import { indexQueryOptions } from '../../src/data/get-index';
import { useDatasetServer } from '../testing/dataset-server';
import { labelled, packedInChunks } from '../testing/labelled-index';
import { labelColumn } from '../../src/domain/label-column';
import type { SimilarityRequest } from '../../src/data/similarity-service';

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

/** A worker that keeps what it is sent and never answers. */
class RecordingWorker {
  static sent: SimilarityRequest[] = [];
  /** How many ids messages had been sent when the index message was, a microtask after it. */
  static piecesWithIndex = -1;
  onerror = null;
  onmessage = null;
  postMessage(request: SimilarityRequest) {
    RecordingWorker.sent.push(request);
    if (request.kind === 'index') queueMicrotask(() => (RecordingWorker.piecesWithIndex = RecordingWorker.sent.filter((r) => r.kind === 'ids').length));
  }
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

  it('sends the ids one piece a message, after the page has had a turn, not all in one message that holds the page', async () => {
    RecordingWorker.sent = [];
    vi.stubGlobal('Worker', RecordingWorker);
    const client = createQueryClient();
    const index = labelled(dataset().index());
    const ids = labelColumn(packedInChunks(dataset().index().id, 5));
    client.setQueryData(indexQueryOptions().queryKey, { ...index, id: ids });
    void client.fetchQuery(similarIncidentsQueryOptions(index.id.at(0), 6)).catch(() => {});
    const pieces = ids.packed.texts.length;
    await expect.poll(() => RecordingWorker.sent.filter((r) => r.kind === 'ids').length).toBe(pieces);
    const [terms, header] = RecordingWorker.sent;
    const rest = RecordingWorker.sent.filter((r) => r.kind === 'ids');
    expect(terms.kind).toBe('terms');
    expect(header).toMatchObject({ kind: 'index', build: index.build, count: index.count, chunk: 5, pieces });
    expect(header).not.toHaveProperty('id');
    expect(RecordingWorker.piecesWithIndex).toBe(0);
    expect(rest.map((r) => r.piece)).toEqual(Array.from({ length: pieces }, (_, k) => k));
    expect(rest.map((r) => r.text)).toEqual(ids.packed.texts);
  });
});
