import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { similarIncidents } from '../../src/analysis/similar-incidents';
import { similarityIndex, similarityModel } from '../../src/analysis/similarity-model';
import { TERMS_FORMAT, TermsFileSchema } from '../../src/domain/schema';
import { serveSimilarity } from '../../src/data/similarity-service';
import type { SimilarityReply, SimilarityRequest } from '../../src/data/similarity-service';
import type { PackedLabels } from '../../src/domain/label-column';
import { useDatasetServer } from '../testing/dataset-server';
import { labelled, packedInChunks } from '../testing/labelled-index';

const { server, dataset } = useDatasetServer();
const TERMS_URL = 'http://localhost/data/terms.json';
const COLUMNS_URL = 'http://localhost/data/index-columns.bin';

/** What the page sends of the index: its build and size and where its columns are, then the ids, a piece a message. */
function indexRequests(loaded: ReturnType<typeof index>, build = loaded.build, id: PackedLabels = loaded.id.packed): SimilarityRequest[] {
  const { chunk, texts, ends } = id;
  return [
    { kind: 'index', build, count: loaded.count, chunk, pieces: texts.length, columnsUrl: COLUMNS_URL },
    ...texts.map((text, piece) => ({ kind: 'ids' as const, piece, text, ends: ends[piece] })),
  ];
}

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
    indexRequests(loaded).forEach(serve);
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
    indexRequests(index()).forEach(serve);
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
    indexRequests(index(), 'newer-build').forEach(serve);
    serve({ kind: 'neighbours', request: 1, row: 0, k: 6 });
    const [reply] = await replied(1);
    expect(reply).toMatchObject({ kind: 'failed', name: 'DataValidationError', file: 'index-columns.bin' });
  });

  it('fails terms of another build rather than pairing incidents with other incidents’ words', async () => {
    const terms = dataset().json<Record<string, unknown>>('terms.json');
    server.use(http.get('*/data/terms.json', () => HttpResponse.json({ ...terms, build: 'older-build' })));
    const { serve, replied } = service();
    serve({ kind: 'terms', termsUrl: TERMS_URL });
    indexRequests(index()).forEach(serve);
    serve({ kind: 'neighbours', request: 1, row: 0, k: 6 });
    const [reply] = await replied(1);
    expect(reply).toMatchObject({ kind: 'failed', name: 'DataValidationError', file: 'terms.json' });
    expect(reply.kind === 'failed' && reply.message).toContain('older-build');
  });

  it('fails terms of another version of the format, saying to build the dataset again', async () => {
    const terms = dataset().json<Record<string, unknown>>('terms.json');
    server.use(http.get('*/data/terms.json', () => HttpResponse.json({ ...terms, format: 'faultline-terms/0', df: undefined })));
    const { serve, replied } = service();
    serve({ kind: 'terms', termsUrl: TERMS_URL });
    indexRequests(index()).forEach(serve);
    serve({ kind: 'neighbours', request: 1, row: 0, k: 6 });
    const [reply] = await replied(1);
    expect(reply).toMatchObject({
      kind: 'failed',
      name: 'DataValidationError',
      file: 'terms.json',
      message: `terms.json failed validation: it was written by another version of Faultline (faultline-terms/0, where this one reads ${TERMS_FORMAT}): build the dataset again with npm run prebuild, then reload the page`,
    });
  });

  it('builds the model from ids sent in pieces as it would from them whole', async () => {
    const loaded = index();
    const model = similarityModel(similarityIndex(loaded), TermsFileSchema.parse(dataset().json('terms.json')));
    const { serve, replied } = service();
    serve({ kind: 'terms', termsUrl: TERMS_URL });
    indexRequests(loaded, loaded.build, packedInChunks(dataset().index().id, 4)).forEach(serve);
    serve({ kind: 'neighbours', request: 1, row: 3, k: 6 });
    const [reply] = await replied(1);
    expect(reply).toEqual({ kind: 'neighbours', request: 1, neighbours: similarIncidents(model, 3, 6) });
  });

  it('fails every question, rather than name incidents wrongly, when a piece of the ids is missing or does not fit', async () => {
    const loaded = index();
    const pieces = indexRequests(loaded, loaded.build, packedInChunks(dataset().index().id, 4));
    const [header, first, , ...others] = pieces;
    const wrongCount = { ...pieces[2], ends: (pieces[2] as { ends: Uint32Array }).ends.subarray(1) };
    for (const requests of [[header, first, first, ...others], [header, first, wrongCount, ...others]]) {
      const { serve, replied } = service();
      serve({ kind: 'terms', termsUrl: TERMS_URL });
      requests.forEach(serve);
      serve({ kind: 'neighbours', request: 1, row: 0, k: 6 });
      const [reply] = await replied(1);
      expect(reply).toMatchObject({ kind: 'failed', request: 1 });
      expect(reply.kind === 'failed' && reply.message).toContain('ids');
    }
  });

  it('fails every question when the index announces more or fewer pieces of ids than its size fills', async () => {
    const loaded = index();
    const [header, ...ids] = indexRequests(loaded, loaded.build, packedInChunks(dataset().index().id, 4));
    const announced = (header as { pieces: number }).pieces;
    for (const pieces of [announced - 1, announced + 1]) {
      const { serve, replied } = service();
      serve({ kind: 'terms', termsUrl: TERMS_URL });
      [{ ...header, pieces }, ...ids].forEach(serve);
      serve({ kind: 'neighbours', request: 1, row: 0, k: 6 });
      const [reply] = await replied(1);
      expect(reply).toMatchObject({ kind: 'failed', request: 1 });
      expect(reply.kind === 'failed' && reply.message).toContain('ids');
    }
  });
});
