import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { SimilarIncident } from '../analysis/similar-incidents';
import type { LabelledIndex } from '../domain/label-column';
import { failedError } from './dataset-messages';
import { DataError } from './data-error';
import { dataUrl } from './fetch-json';
import { indexQueryOptions } from './get-index';
import { indexUrls } from './index-file';
import { yieldToPage } from './yield-to-page';
import { serveSimilarity, TERMS_FILE } from './similarity-service';
import type { SimilarityReply, SimilarityRequest } from './similarity-service';

/** Where the model of one page's dataset is built and asked. */
interface Similarity {
  readonly client: QueryClient;
  /** The index the model is built from, once it has loaded. */
  readonly index: Promise<LabelledIndex>;
  ask(row: number, k: number): Promise<SimilarIncident[]>;
  stop(): void;
}

/** The model of the dataset asked about last; dropped when it fails, so a retry builds it anew. */
let current: Similarity | null = null;

/**
 * Starts building the model of `client`'s dataset: in a module worker, or where there is
 * no `Worker` (a test's DOM) on this thread with the same code. The terms are fetched
 * only now, when an incident page first asks, alongside the index if it is still loading.
 */
function startSimilarity(client: QueryClient): Similarity {
  const waiting = new Map<number, { resolve: (neighbours: SimilarIncident[]) => void; reject: (error: Error) => void }>();
  let requests = 0;
  // A question asked after the failure, as the index arrived, has no worker left to answer it.
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    if (current === similarity) current = null;
    worker?.terminate();
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  const onReply = (reply: SimilarityReply) => {
    if (reply.kind === 'failed') return fail(failedError(reply));
    waiting.get(reply.request)?.resolve(reply.neighbours);
    waiting.delete(reply.request);
  };
  const worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./similarity-worker.ts', import.meta.url), { type: 'module' });
  let send: (request: SimilarityRequest) => void;
  if (worker === null) send = serveSimilarity(onReply);
  else {
    worker.onmessage = ({ data }: MessageEvent<SimilarityReply>) => onReply(data);
    worker.onerror = (event) => fail(new DataError(TERMS_FILE, `Similar incidents could not be found: their worker failed (${event.message || 'no reason given'})`));
    send = (request) => worker.postMessage(request);
  }
  send({ kind: 'terms', termsUrl: dataUrl(TERMS_FILE) });
  const index = client.ensureQueryData(indexQueryOptions());
  index.then(
    async (loaded) => {
      const { chunk, texts, ends } = loaded.id.packed;
      send({ kind: 'index', build: loaded.build, count: loaded.count, chunk, pieces: texts.length, columnsUrl: indexUrls().columns });
      for (const [piece, text] of texts.entries()) {
        await yieldToPage();
        if (failure !== null) return;
        send({ kind: 'ids', piece, text, ends: ends[piece] });
      }
    },
    (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
  );
  const similarity: Similarity = {
    client,
    index,
    stop: () => worker?.terminate(),
    ask: (row, k) =>
      new Promise((resolve, reject) => {
        if (failure !== null) return reject(failure);
        const request = ++requests;
        waiting.set(request, { resolve, reject });
        send({ kind: 'neighbours', request, row, k });
      }),
  };
  return similarity;
}

/**
 * The `k` incidents most like incident `id`, and why; null for an id the index does not
 * hold. The model is built once per page's dataset, off the page's thread, and kept, so
 * every incident page after the first answers in one pass over the rows.
 */
export function similarIncidentsQueryOptions(id: string, k: number) {
  return queryOptions({
    queryKey: ['dataset', 'similar', id, k],
    queryFn: async ({ client }) => {
      if (current?.client !== client) {
        current?.stop();
        current = startSimilarity(client);
      }
      const similarity = current;
      const row = (await similarity.index).id.indexOf(id);
      return row < 0 ? null : similarity.ask(row, k);
    },
    staleTime: Infinity,
  });
}

export function useSimilarIncidents(id: string, k: number) {
  return useQuery(similarIncidentsQueryOptions(id, k));
}
