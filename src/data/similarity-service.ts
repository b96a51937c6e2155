import { similarIncidents } from '../analysis/similar-incidents';
import type { SimilarIncident } from '../analysis/similar-incidents';
import { similarityModel } from '../analysis/similarity-model';
import type { SimilarityIndex, SimilarityModel } from '../analysis/similarity-model';
import { TermsFileSchema } from '../domain/schema';
import type { IncidentTerms } from '../domain/schema';
import { DataValidationError } from './data-error';
import { failedMessage } from './dataset-messages';
import type { FailedMessage } from './dataset-messages';
import { fetchJsonAt } from './fetch-json';
import { quiet } from './quiet';

export const TERMS_FILE = 'terms.json';

/** First, once: where the terms are, fetched at once. */
export interface TermsRequest {
  readonly kind: 'terms';
  readonly termsUrl: string;
}

/** Then, once: the index to build the model from, with the terms. */
export interface IndexRequest {
  readonly kind: 'index';
  readonly index: SimilarityIndex;
}

/** Then any number of times: the `k` incidents most like row `row`. */
export interface NeighboursRequest {
  readonly kind: 'neighbours';
  readonly request: number;
  readonly row: number;
  readonly k: number;
}

export type SimilarityRequest = TermsRequest | IndexRequest | NeighboursRequest;

export type SimilarityReply =
  | { readonly kind: 'neighbours'; readonly request: number; readonly neighbours: SimilarIncident[] }
  | (FailedMessage & { readonly request: number });

/** The terms at `termsUrl`, as the schema reads them. */
const fetchTerms = (termsUrl: string): Promise<IncidentTerms> => fetchJsonAt(termsUrl, TERMS_FILE, TermsFileSchema);

/**
 * The model of `index` and its `terms`. Terms of another build would pair incidents with
 * other incidents' words, so they fail as invalid.
 */
async function buildModel(index: SimilarityIndex, terms: Promise<IncidentTerms>): Promise<SimilarityModel> {
  const loaded = await terms;
  if (loaded.build !== index.build || loaded.rows.length !== index.count) {
    throw new DataValidationError(TERMS_FILE, `it belongs to build ${loaded.build} with ${loaded.rows.length} incidents, the index to build ${index.build} with ${index.count}`);
  }
  return similarityModel(index, loaded);
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
  return (request) => {
    if (request.kind === 'terms') {
      // Failing here is answered to the questions, through the model.
      terms = quiet(fetchTerms(request.termsUrl));
    } else if (request.kind === 'index') {
      model = quiet(buildModel(request.index, terms ?? Promise.reject(new Error('no terms were asked for'))));
    } else {
      (model ?? Promise.reject(new Error('no index was given'))).then(
        (built) => reply({ kind: 'neighbours', request: request.request, neighbours: similarIncidents(built, request.row, request.k) }),
        (error: unknown) => reply({ ...failedMessage(error, TERMS_FILE), request: request.request }),
      );
    }
  };
}
