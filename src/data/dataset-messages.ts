import type { LoadedDataset } from './dataset-load';
import { DataError, DataNotFoundError, DataValidationError } from './data-error';

/**
 * How a loaded dataset crosses from the loading worker to the page. Typed arrays move
 * (transferred, not copied); the id and title columns, a million strings each at a
 * million incidents, follow in chunks, each chunk one string and the end of every value
 * in it: one long string is copied in one go, where a million short ones were each
 * rebuilt (and later collected) on the page. The page cuts the values out again.
 */
export const STRING_CHUNK = 65_536;

/** Everything but the id and title strings, whose places hold empty arrays. */
export interface DatasetHeadMessage {
  readonly kind: 'head';
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
  const ends = new Uint32Array(values.length);
  let end = 0;
  values.forEach((value, i) => {
    end += value.length;
    ends[i] = end;
  });
  return { kind: 'strings', column, from, text: values.join(''), ends };
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

export type DatasetMessage = DatasetHeadMessage | StringsMessage | { readonly kind: 'done' } | TitleOrderMessage | FailedMessage;

const withoutTitles = <T extends { readonly title: readonly string[] }>(columns: T): T => ({ ...columns, title: [] });

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

/** The messages that carry `dataset`, in order, each with what it transfers. */
export function datasetMessages(dataset: LoadedDataset, chunk = STRING_CHUNK): { message: DatasetMessage; transfer: ArrayBuffer[] }[] {
  const { index, prepared, grouped } = dataset;
  const head: LoadedDataset = {
    ...dataset,
    index: { ...index, id: [], title: [] },
    prepared: withoutTitles(prepared),
    grouped: { ...grouped, counting: withoutTitles(grouped.counting), filtering: withoutTitles(grouped.filtering) },
  };
  const messages: { message: DatasetMessage; transfer: ArrayBuffer[] }[] = [{ message: { kind: 'head', dataset: head }, transfer: buffersOf(head) }];
  for (const column of ['id', 'title'] as const) {
    for (let from = 0; from < index.count; from += chunk) {
      const message = stringsMessage(column, from, index[column].slice(from, from + chunk));
      messages.push({ message, transfer: [message.ends.buffer] });
    }
  }
  messages.push({ message: { kind: 'done' }, transfer: [] });
  return messages;
}

/**
 * Puts a dataset back together from its messages as they arrive: `take` each one, and
 * `done` gives the dataset once the last has been taken.
 */
export function datasetAssembler() {
  let head: LoadedDataset | null = null;
  let id: string[] = [];
  let title: string[] = [];
  return {
    take(message: DatasetHeadMessage | StringsMessage): void {
      if (message.kind === 'head') {
        head = message.dataset;
        id = new Array<string>(head.index.count);
        title = new Array<string>(head.index.count);
        return;
      }
      const target = message.column === 'id' ? id : title;
      const { from, text, ends } = message;
      for (let i = 0, start = 0; i < ends.length; start = ends[i], i++) target[from + i] = text.slice(start, ends[i]);
    },
    done(): LoadedDataset {
      if (head === null) throw new Error('the dataset arrived without its columns');
      const { index, prepared, grouped } = head;
      return {
        ...head,
        index: { ...index, id, title },
        prepared: { ...prepared, title },
        grouped: { ...grouped, counting: { ...grouped.counting, title }, filtering: { ...grouped.filtering, title } },
      };
    },
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
