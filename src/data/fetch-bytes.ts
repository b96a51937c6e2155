import { dataUrl, fetchOk, networkError } from './fetch-json';

/**
 * Fetches `data/<file>` as bytes, for the binary files of the dataset: no text is made of
 * it, so no string limit applies however large it is. Rejects only with a `DataError`
 * (a web page served in its place counts as missing, as for JSON).
 */
export function fetchBytes(file: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  return fetchBytesAt(dataUrl(file), file, signal);
}

/** `fetchBytes` from an absolute `url`, for a worker, which has no page to resolve a data file's address against; `file` names it in errors. */
export async function fetchBytesAt(url: string, file: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetchOk(url, file, signal);
  try {
    return await response.arrayBuffer();
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw networkError(file, cause);
  }
}
