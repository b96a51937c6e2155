import type { z } from 'zod';
import { describeIssues } from '../domain/schema-issues';
import { DataError, DataNotFoundError, DataValidationError } from './data-error';

/**
 * The absolute URL of a dataset file. Resolved against the page so the app works under
 * any `base` Vite was built with, including a relative one.
 */
export function dataUrl(file: string): string {
  return new URL(`${import.meta.env.BASE_URL}data/${file}`, window.location.href).href;
}

/**
 * Hosts set up for single-page apps answer a missing file with `index.html` and status
 * 200. A web page where JSON was asked for means the file is not there.
 */
const isHtml = (response: Response): boolean => (response.headers.get('Content-Type') ?? '').includes('text/html');

/**
 * Fetches `data/<file>` and parses it with `schema`, the same schema the prebuild wrote it
 * with. Resolves only to data that passed the schema; rejects only with a `DataError`.
 */
export function fetchJson<T>(file: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  return fetchJsonAt(dataUrl(file), file, schema, signal);
}

/**
 * `fetchJson` from an absolute `url`, for a worker, which has no page to resolve a data
 * file's address against; `file` names it in errors.
 */
export async function fetchJsonAt<T>(url: string, file: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  return checked(await jsonOf(await fetchOk(url, file, signal), file, signal), file, schema);
}

/** The body of `response` parsed as JSON, or a `DataValidationError` naming `file` when it is not JSON. */
export async function jsonOf(response: Response, file: string, signal?: AbortSignal): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataValidationError(file, 'the response is not JSON');
  }
}

/** `body` as `schema` reads it, or a `DataValidationError` naming `file` and the first issues. */
export function checked<T>(body: unknown, file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new DataValidationError(file, describeIssues(parsed.error, body));
  return parsed.data;
}

/** The error for a file whose bytes stopped coming: the network's words, or that it was the network. */
export const networkError = (file: string, cause: unknown): DataError =>
  new DataError(file, `${file} could not be loaded: ${(cause as Error).message || 'network error'}`);

/** The response for `url` once it is known to hold the file; otherwise the `DataError` that says why not. */
export async function fetchOk(url: string, file: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw networkError(file, cause);
  }
  if (response.status === 404) throw new DataNotFoundError(file);
  if (response.ok && isHtml(response)) throw new DataNotFoundError(file, 'the server answered with a web page instead', response.status);
  if (!response.ok) {
    const statusText = response.statusText ? ` ${response.statusText}` : '';
    throw new DataError(file, `${file} could not be loaded: HTTP ${response.status}${statusText}`, response.status);
  }
  return response;
}
