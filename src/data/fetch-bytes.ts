import { DataError, DataNotFoundError } from './data-error';
import { dataUrl } from './fetch-json';

/**
 * Fetches `data/<file>` as bytes, for the binary files of the dataset: no text is made of
 * it, so no string limit applies however large it is. Rejects only with a `DataError`
 * (a web page served in its place counts as missing, as for JSON).
 */
export async function fetchBytes(file: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataError(file, `${file} could not be loaded: ${(cause as Error).message || 'network error'}`);
  }
  if (response.status === 404) throw new DataNotFoundError(file);
  if (response.ok && (response.headers.get('Content-Type') ?? '').includes('text/html')) {
    throw new DataNotFoundError(file, 'the server answered with a web page instead', response.status);
  }
  if (!response.ok) {
    const statusText = response.statusText ? ` ${response.statusText}` : '';
    throw new DataError(file, `${file} could not be loaded: HTTP ${response.status}${statusText}`, response.status);
  }
  try {
    return await response.arrayBuffer();
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataError(file, `${file} could not be loaded: ${(cause as Error).message || 'network error'}`);
  }
}
