import { similarIncidents } from '../analysis/similar-incidents';
import type { SimilarIncident } from '../analysis/similar-incidents';
import { similarityIndex, similarityModel } from '../analysis/similarity-model';
import type { SimilarityModel } from '../analysis/similarity-model';
import { INDEX_COLUMNS_FILE, readIndexColumns } from '../domain/index-files';
import { labelColumn } from '../domain/label-column';
import type { PackedLabels } from '../domain/label-column';
import { TermsFileSchema } from '../domain/schema';
import type { IncidentTerms } from '../domain/schema';
import { DataValidationError } from './data-error';
import { failedMessage } from './dataset-messages';
import type { FailedMessage } from './dataset-messages';
import { fetchBytesAt } from './fetch-bytes';
import { fetchJsonAt } from './fetch-json';
import { checkedAs } from './index-load';
import { pending, quiet } from './quiet';

export const TERMS_FILE = 'terms.json';

/** First, once: where the terms are, fetched at once. */
export interface TermsRequest {
  readonly kind: 'terms';
  readonly termsUrl: string;
}

/**
 * Then, once: the index to build the model from, with the terms: its build and size,
 * where its columns are, which the model's side reads itself, and how its ids follow.
 * Copied into a worker's message with the ids, a million incidents' columns held up the
 * page for 0.4 s as its first incident opened.
 */
export interface IndexRequest {
  readonly kind: 'index';
  readonly build: string;
  readonly count: number;
  /** Ids per piece: every piece but the last holds this many. */
  readonly chunk: number;
  /** How many `ids` requests follow. */
  readonly pieces: number;
  readonly columnsUrl: string;
}

/**
 * Then, one after another: each piece of the ids, as the page keeps them (label-column.ts).
 * The million ids of a million incidents, copied into one message, held the page for
 * 0.15 s; a piece takes a few milliseconds, and the page gets a turn between pieces.
 */
export interface IdsRequest {
  readonly kind: 'ids';
  readonly piece: number;
  readonly text: string;
  readonly ends: Uint32Array;
}

/** Then any number of times: the `k` incidents most like row `row`. */
export interface NeighboursRequest {
  readonly kind: 'neighbours';
  readonly request: number;
  readonly row: number;
  readonly k: number;
}

export type SimilarityRequest = TermsRequest | IndexRequest | IdsRequest | NeighboursRequest;

export type SimilarityReply =
  | { readonly kind: 'neighbours'; readonly request: number; readonly neighbours: SimilarIncident[] }
  | (FailedMessage & { readonly request: number });

/** The terms at `termsUrl`, as the schema reads them. */
const fetchTerms = (termsUrl: string): Promise<IncidentTerms> => fetchJsonAt(termsUrl, TERMS_FILE, TermsFileSchema);

/**
 * The model of the index `request` names and its `terms`. Columns of another build than
 * the page's ids, or terms of another build, would pair incidents with other incidents'
 * labels or words, so they fail as invalid.
 */
async function buildModel({ build, count, columnsUrl }: IndexRequest, ids: Promise<PackedLabels>, terms: Promise<IncidentTerms>): Promise<SimilarityModel> {
  const bytes = await fetchBytesAt(columnsUrl, INDEX_COLUMNS_FILE);
  const columns = checkedAs(INDEX_COLUMNS_FILE, () => readIndexColumns(bytes));
  if (columns.build !== build || columns.count !== count) {
    throw new DataValidationError(INDEX_COLUMNS_FILE, `it is of build ${columns.build} with ${columns.count} incidents, the page's ids of build ${build} with ${count}: the dataset was rebuilt while it loaded, reload the page`);
  }
  const loaded = await terms;
  if (loaded.build !== build || loaded.rows.length !== count) {
    throw new DataValidationError(TERMS_FILE, `it belongs to build ${loaded.build} with ${loaded.rows.length} incidents, the index to build ${build} with ${count}`);
  }
  return similarityModel(similarityIndex({ ...columns, id: labelColumn(await ids) }), loaded);
}

/**
 * Takes the pieces of the ids `request` announces as they come; `ids` resolves once all
 * have, and rejects when the pieces announced do not fill the index's size, or on a piece
 * that is not the next, or whose count of ids does not fit the index: the model would
 * name incidents wrongly.
 */
function idsAssembler({ count, chunk, pieces }: IndexRequest) {
  const texts: string[] = [];
  const ends: Uint32Array[] = [];
  const assembled = pending<PackedLabels>();
  const due = count === 0 ? 0 : Math.ceil(count / chunk);
  let failed = pieces !== due;
  const complete = () => texts.length === pieces;
  if (failed) assembled.reject(new Error(`the page's ids came wrong: ${pieces} pieces of ${chunk} announced for ${count} ids, where ${due} were due`));
  else if (pieces === 0) assembled.resolve({ chunk, texts, ends });
  return {
    ids: assembled.promise,
    take({ piece, text, ends: pieceEnds }: IdsRequest): void {
      if (failed || complete()) return;
      const expected = Math.min(chunk, count - piece * chunk);
      if (piece !== texts.length || pieceEnds.length !== expected) {
        failed = true;
        assembled.reject(new Error(`the page's ids came wrong: piece ${piece} of ${pieces} with ${pieceEnds.length} ids, where piece ${texts.length} with ${expected} was due`));
        return;
      }
      texts.push(text);
      ends.push(pieceEnds);
      if (complete()) assembled.resolve({ chunk, texts, ends });
    },
  };
}

/**
 * Answers similarity requests through `reply`, in the worker that normally runs it or on
 * the page without workers. The terms are fetched from the first request on, while the
 * page may still be loading the index; the model is built once, when the index comes,
 * and every question waits for it. A model that failed fails every question, with the
 * reason.
 */
export function serveSimilarity(reply: (message: SimilarityReply) => void): (request: SimilarityRequest) => void {
  let terms: Promise<IncidentTerms> | null = null;
  let model: Promise<SimilarityModel> | null = null;
  let ids: ReturnType<typeof idsAssembler> | null = null;
  return (request) => {
    if (request.kind === 'terms') {
      // Failing here is answered to the questions, through the model.
      terms = quiet(fetchTerms(request.termsUrl));
    } else if (request.kind === 'index') {
      ids = idsAssembler(request);
      model = quiet(buildModel(request, ids.ids, terms ?? Promise.reject(new Error('no terms were asked for'))));
    } else if (request.kind === 'ids') {
      ids?.take(request);
    } else {
      (model ?? Promise.reject(new Error('no index was given'))).then(
        (built) => reply({ kind: 'neighbours', request: request.request, neighbours: similarIncidents(built, request.row, request.k) }),
        (error: unknown) => reply({ ...failedMessage(error, TERMS_FILE), request: request.request }),
      );
    }
  };
}
