import { IndexColumnsSchema, indexLabelsSchema, IndexSchema } from '../domain/schema';
import type { IndexColumns, IndexLabels } from '../domain/schema';
import { checked, fetchOk, networkError } from './fetch-json';
import { DataError, DataValidationError } from './data-error';

/**
 * Where the ids and titles start in `index.json` as the prebuild writes it: the last two
 * keys, after every column a count or a chart reads. Inside a JSON string a quote is
 * escaped, so these characters occur only as that key.
 */
const LABELS_KEY = ',"id":[';

/**
 * Reads `index.json` from `url` as it arrives: `onColumns` has every column but the ids
 * and titles as soon as the bytes before them are in, checked by `IndexColumnsSchema`,
 * and the promise gives the ids and titles once the rest is read and checked. A file
 * whose keys come in another order is read whole and then handed over the same way.
 * Rejects only with a `DataError` naming `file`, or with the abort.
 */
export async function streamIndex(url: string, file: string, onColumns: (columns: IndexColumns) => void, signal?: AbortSignal): Promise<IndexLabels> {
  const response = await fetchOk(url, file, signal);
  const text = await readText(response, file, signal, (head) => {
    const body = parsedJson(`${head}}`, file);
    if (body === undefined) return null;
    const columns = checked(body, file, IndexColumnsSchema);
    onColumns(columns);
    return columns.count;
  });
  if (text.split) {
    const labels = parsedJson(`{${text.rest.slice(1)}`, file);
    if (labels === undefined) throw new DataValidationError(file, 'the response is not JSON');
    return checked(labels, file, indexLabelsSchema(text.count));
  }
  const body = parsedJson(text.whole, file);
  if (body === undefined) throw new DataValidationError(file, 'the response is not JSON');
  const { id, title, ...columns } = checked(body, file, IndexSchema);
  onColumns(columns);
  return { id, title };
}

/** `text` parsed, or undefined where it is not JSON. */
function parsedJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    if (cause instanceof SyntaxError) return undefined;
    throw new DataError(file, `${file} could not be read: ${(cause as Error).message}`);
  }
}

type ReadText = { split: true; rest: string; count: number } | { split: false; whole: string };

/**
 * The response's text, cut at the first `LABELS_KEY` once `onHead` takes what comes
 * before it and gives its row count; it gives null for a head that is no JSON object,
 * and the text is then read whole. Each piece is searched as it arrives, with the end of
 * the one before: searching the text so far would copy it again for every piece.
 */
async function readText(response: Response, file: string, signal: AbortSignal | undefined, onHead: (head: string) => number | null): Promise<ReadText> {
  if (response.body === null) return { split: false, whole: await response.text() };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let length = 0;
  let tail = '';
  let looking = true;
  let count: number | null = null;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw networkError(file, cause);
    }
    const piece = chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true });
    pieces.push(piece);
    if (looking) {
      const searched = `${tail}${piece}`;
      const found = searched.indexOf(LABELS_KEY);
      if (found >= 0) {
        looking = false;
        const at = length - tail.length + found;
        const text = pieces.join('');
        count = onHead(text.slice(0, at));
        pieces.length = 0;
        pieces.push(count === null ? text : text.slice(at));
      }
      tail = searched.slice(-(LABELS_KEY.length - 1));
    }
    length += piece.length;
    if (chunk.done) {
      const text = pieces.join('');
      return count === null ? { split: false, whole: text } : { split: true, rest: text, count };
    }
  }
}
