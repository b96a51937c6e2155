import { dataUrl, fetchOk, networkError } from './fetch-json';

/**
 * Fetches `data/<file>` as bytes, for the binary files of the dataset: no text is made of
 * it, so no string limit applies however large it is. Rejects only with a `DataError`
 * (a web page served in its place counts as missing, as for JSON).
 */
export async function fetchBytes(file: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetchOk(dataUrl(file), file, signal);
  try {
    return await response.arrayBuffer();
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw networkError(file, cause);
  }
}
