import { TermsFileSchema } from '../domain/schema';
import type { IncidentTerms } from '../domain/schema';
import { fetchJson } from './fetch-json';

export const TERMS_FILE = 'terms.json';

/** Each incident's most distinctive terms, aligned with the index rows. */
export function getIncidentTerms(signal?: AbortSignal): Promise<IncidentTerms> {
  return fetchJson(TERMS_FILE, TermsFileSchema, signal);
}
