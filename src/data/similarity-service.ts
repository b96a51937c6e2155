import { similarIncidents } from '../analysis/similar-incidents';
import type { SimilarIncident } from '../analysis/similar-incidents';
import { similarityModel } from '../analysis/similarity-model';
import type { SimilarityIndex, SimilarityModel } from '../analysis/similarity-model';
import { TermsFileSchema } from '../domain/schema';
import { DataValidationError } from './data-error';
import { failedMessage } from './dataset-messages';
import type { FailedMessage } from './dataset-messages';
import { fetchJsonAt } from './fetch-json';

export const TERMS_FILE = 'terms.json';

/** First, once: the index to build the model from, and where its terms are. */
export interface ModelRequest {
  readonly kind: 'model';
  readonly index: SimilarityIndex;
  readonly termsUrl: string;
}

/** Then any number of times: the `k` incidents most like row `row`. */
export interface NeighboursRequest {
  readonly kind: 'neighbours';
  readonly request: number;
  readonly row: number;
  readonly k: number;
}

export type SimilarityRequest = ModelRequest | NeighboursRequest;

export type SimilarityReply =
  | { readonly kind: 'neighbours'; readonly request: number; readonly neighbours: SimilarIncident[] }
  | (FailedMessage & { readonly request: number });

/**
 * Fetches the terms at `termsUrl` and builds the model of `index` and them. Terms of
 * another build would pair incidents with other incidents' words, so they fail as invalid.
 */
async function loadModel(index: SimilarityIndex, termsUrl: string): Promise<SimilarityModel> {
  const terms = await fetchJsonAt(termsUrl, TERMS_FILE, TermsFileSchema);
  if (terms.build !== index.build || terms.rows.length !== index.count) {
    throw new DataValidationError(TERMS_FILE, `it belongs to build ${terms.build} with ${terms.rows.length} incidents, the index to build ${index.build} with ${index.count}`);
  }
  return similarityModel(index, terms);
}

/**
 * Answers similarity requests through `reply`, in the worker that normally runs it or on
 * the page without workers: the model is built once, from the first request, and every
 * question waits for it. A model that failed fails every question, with the reason.
 */
export function serveSimilarity(reply: (message: SimilarityReply) => void): (request: SimilarityRequest) => void {
  let model: Promise<SimilarityModel> | null = null;
  return (request) => {
    if (request.kind === 'model') {
      model = loadModel(request.index, request.termsUrl);
      return;
    }
    const asked = model ?? Promise.reject(new Error('no model was asked for'));
    asked.then(
      (built) => reply({ kind: 'neighbours', request: request.request, neighbours: similarIncidents(built, request.row, request.k) }),
      (error: unknown) => reply({ ...failedMessage(error, TERMS_FILE), request: request.request }),
    );
  };
}
