import type { LoadedDataset } from './dataset-load';
import type { IndexLabels } from '../domain/schema';
import { labelColumn, packValues } from '../domain/label-column';
import type { LabelColumn, PageLabels } from '../domain/label-column';
import { DataError, DataNotFoundError, DataValidationError } from './data-error';

/**
 * How a loaded dataset crosses from the loading worker to the page. First its columns,
 * whose typed arrays move (transferred, not copied). Then the id and title columns, a
 * million strings each at a million incidents, in chunks, each chunk one string and the
 * end of every value in it: one long string is copied in one go, where a million short
 * ones were each rebuilt (and later collected) on the page. The page keeps the chunks as
 * they came (label-column.ts).
 */
export const STRING_CHUNK = 65_536;

/** Everything but the ids and titles, which follow. */
export interface ColumnsMessage {
  readonly kind: 'columns';
  readonly dataset: LoadedDataset;
}

export interface StringsMessage {
  readonly kind: 'strings';
  readonly column: 'id' | 'title';
  /** The row of the chunk's first value. */
  readonly from: number;
  /** The values one after another. */
  readonly text: string;
  /** Where each value ends in `text`: value i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
  readonly ends: Uint32Array<ArrayBuffer>;
}

function stringsMessage(column: 'id' | 'title', from: number, values: readonly string[]): StringsMessage {
  const { texts, ends } = packValues(values);
  return { kind: 'strings', column, from, text: texts[0], ends: ends[0] };
}

/** The load failed; enough to rebuild the error the page would have thrown itself. */
export interface FailedMessage {
  readonly kind: 'failed';
  readonly name: string;
  readonly file: string;
  readonly message: string;
  readonly status: number | null;
  readonly detail: string | null;
}

/** Sent after `done`: sorting a million titles takes seconds, and the page need not wait for it. */
export interface TitleOrderMessage {
  readonly kind: 'title-order';
  readonly order: Uint32Array;
}

export type DatasetMessage = ColumnsMessage | StringsMessage | { readonly kind: 'done' } | TitleOrderMessage | FailedMessage;

interface Outgoing {
  readonly message: DatasetMessage;
  readonly transfer: ArrayBuffer[];
}

/** The buffers behind every typed array of `value`, once each, for a transfer list. */
function buffersOf(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) buffersOf(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) buffersOf(item, found);
  }
  return [...found];
}

/** The message that carries `dataset`, with what it transfers. */
export function columnsMessage(dataset: LoadedDataset): Outgoing {
  return { message: { kind: 'columns', dataset }, transfer: buffersOf(dataset) };
}

/** The messages that carry `labels`, in order, each with what it transfers; `done` last. */
export function labelsMessages(labels: IndexLabels, chunk = STRING_CHUNK): Outgoing[] {
  const messages: Outgoing[] = [];
  for (const column of ['id', 'title'] as const) {
    for (let from = 0; from < labels[column].length; from += chunk) {
      const message = stringsMessage(column, from, labels[column].slice(from, from + chunk));
      messages.push({ message, transfer: [message.ends.buffer] });
    }
  }
  messages.push({ message: { kind: 'done' }, transfer: [] });
  return messages;
}

/**
 * Keeps the ids and titles of `count` rows from their messages as they arrive, in order;
 * throws for messages that do not add up to `count` rows of each column in order, which
 * would name incidents wrongly.
 */
export function labelsAssembler(count: number) {
  const kept = () => ({ texts: [] as string[], ends: [] as Uint32Array[], rows: 0, chunk: 0 });
  const columns = { id: kept(), title: kept() };
  const columnOf = (column: StringsMessage['column']): LabelColumn => {
    const { texts, ends, rows, chunk } = columns[column];
    if (rows !== count) throw new Error(`the ${column} column holds ${rows} of ${count} rows`);
    return labelColumn({ chunk: Math.max(chunk, 1), texts, ends });
  };
  return {
    take({ column, from, text, ends }: StringsMessage): void {
      const taken = columns[column];
      if (taken.texts.length === 0) taken.chunk = ends.length;
      // Every chunk but the last holds `chunk` values, which is how a row finds its chunk.
      const last = taken.ends.at(-1);
      if (from !== taken.rows || (last !== undefined && last.length !== taken.chunk)) throw new Error(`the ${column} column's values from row ${from} came out of order`);
      taken.texts.push(text);
      taken.ends.push(ends);
      taken.rows += ends.length;
    },
    done: (): PageLabels => ({ id: columnOf('id'), title: columnOf('title') }),
  };
}

/** What the worker sends when loading failed. */
export function failedMessage(error: unknown, file: string): FailedMessage {
  if (error instanceof DataError) {
    const detail = error instanceof DataNotFoundError ? error.detail : null;
    return { kind: 'failed', name: error.name, file: error.file, message: error.message, status: error.status, detail };
  }
  const message = `${file} could not be prepared: ${error instanceof Error ? error.message : String(error)}`;
  return { kind: 'failed', name: 'DataError', file, message, status: null, detail: null };
}

/** The error the page throws for a failed load: the same class, file and words as if it had loaded the file itself. */
export function failedError({ name, file, message, status, detail }: FailedMessage): DataError {
  const error =
    name === 'DataNotFoundError'
      ? new DataNotFoundError(file, detail ?? 'HTTP 404', status)
      : name === 'DataValidationError'
        ? new DataValidationError(file, '')
        : new DataError(file, message, status);
  error.message = message;
  return error;
}
