import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { similarIncidents } from '../../src/analysis/similar-incidents';
import { similarityIndex, similarityModel } from '../../src/analysis/similarity-model';
import { TermsFileSchema } from '../../src/domain/schema';
import { serveSimilarity } from '../../src/data/similarity-service';
import type { SimilarityReply } from '../../src/data/similarity-service';
import { useDatasetServer } from '../testing/dataset-server';
import { labelled } from '../testing/labelled-index';

const { server, dataset } = useDatasetServer();
const TERMS_URL = 'http://localhost/data/terms.json';
const COLUMNS_URL = 'http://localhost/data/index-columns.bin';

/** The index request the page sends: the ids, and where the columns are. */
const indexRequest = (loaded: ReturnType<typeof index>, build = loaded.build) =>
  ({ kind: 'index', build, count: loaded.count, id: loaded.id.packed, columnsUrl: COLUMNS_URL }) as const;

const index = () => labelled(dataset().index());

/** A service fed `index`, and the replies it has given so far, waited for `count` of them. */
function service() {
  const replies: SimilarityReply[] = [];
  const serve = serveSimilarity((reply) => replies.push(reply));
  const replied = async (count: number) => {
    await expect.poll(() => replies.length).toBe(count);
    return replies;
  };
  return { serve, replied };
}

describe('the similarity service', () => {
  it('answers each question, asked before the model is built, as the model would on this thread', async () => {
    const loaded = index();
    const model = similarityModel(similarityIndex(loaded), TermsFileSchema.parse(dataset().json('terms.json')));
    const { serve, replied } = service();
    serve({ kind: 'terms', termsUrl: TERMS_URL });
    serve(indexRequest(loaded));
    serve({ kind: 'neighbours', request: 1, row: 0, k: 6 });
    serve({ kind: 'neighbours', request: 2, row: 5, k: 3 });
    const replies = await replied(2);
    expect(replies).toEqual([
      { kind: 'neighbours', request: 1, neighbours: similarIncidents(model, 0, 6) },
      { kind: 'neighbours', request: 2, neighbours: similarIncidents(model, 5, 3) },
    ]);
    expect(replies[0]).toMatchObject({ neighbours: { length: 6 } });
  });

  it('fails every question, naming the terms file, when the terms are missing', async () => {
    server.use(http.get('*/data/terms.json', () => new HttpResponse(null, { status: 404 })));
    const { serve, replied } = service();
    serve({ kind: 'terms', termsUrl: TERMS_URL });
    serve(indexRequest(index()));
    serve({ kind: 'neighbours', request: 1, row: 0, k: 6 });
    serve({ kind: 'neighbours', request: 2, row: 1, k: 6 });
    const replies = await replied(2);
    expect(replies.map((reply) => [reply.kind, reply.request])).toEqual([
      ['failed', 1],
      ['failed', 2],
    ]);
    expect(replies[0]).toMatchObject({ name: 'DataNotFoundError', file: 'terms.json' });
  });

  it('fails columns of another build than the page’s ids, saying the dataset was rebuilt', async () => {
    const { serve, replied } = service();
    serve({ kind: 'terms', termsUrl: TERMS_URL });
    serve(indexRequest(index(), 'newer-build'));
    serve({ kind: 'neighbours', request: 1, row: 0, k: 6 });
    const [reply] = await replied(1);
    expect(reply).toMatchObject({ kind: 'failed', name: 'DataValidationError', file: 'index-columns.bin' });
  });

  it('fails terms of another build rather than pairing incidents with other incidents’ words', async () => {
    const terms = dataset().json<Record<string, unknown>>('terms.json');
    server.use(http.get('*/data/terms.json', () => HttpResponse.json({ ...terms, build: 'older-build' })));
    const { serve, replied } = service();
    serve({ kind: 'terms', termsUrl: TERMS_URL });
    serve(indexRequest(index()));
    serve({ kind: 'neighbours', request: 1, row: 0, k: 6 });
    const [reply] = await replied(1);
    expect(reply).toMatchObject({ kind: 'failed', name: 'DataValidationError', file: 'terms.json' });
    expect(reply.kind === 'failed' && reply.message).toContain('older-build');
  });
});
