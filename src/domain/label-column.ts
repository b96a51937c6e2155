import type { IndexColumns, IndexLabels } from './schema';

/**
 * A text column of the index, its ids or its titles, as long strings of values one after
 * another: how the loading worker sends it, and how the page keeps it. A value is cut out
 * only where an incident is named. Made into a million short strings on arrival, the two
 * columns of a million incidents cost the page's thread tasks of 150–300 ms, nearly all
 * of it garbage collection, while the list was still loading.
 */
export interface PackedLabels {
  /** Values per piece: every piece but the last holds this many. */
  readonly chunk: number;
  /** The pieces' values, joined. */
  readonly texts: readonly string[];
  /** Per piece, where each value ends in its text: value i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
  readonly ends: readonly Uint32Array[];
}

/** A column read a row at a time; `packed` is plain data, which a worker can be sent. */
export interface LabelColumn {
  readonly length: number;
  readonly packed: PackedLabels;
  /** The value of `row`, which must lie below `length`. */
  at(row: number): string;
  /** The first row holding `value`, or -1; compares in place, without making a string per row. */
  indexOf(value: string): number;
}

/** The column `packed` holds. */
export function labelColumn(packed: PackedLabels): LabelColumn {
  const { chunk, texts, ends } = packed;
  const length = ends.reduce((sum, piece) => sum + piece.length, 0);
  return {
    length,
    packed,
    at(row) {
      if (!(row >= 0 && row < length)) throw new RangeError(`row ${row} is outside a column of ${length}`);
      const piece = Math.floor(row / chunk);
      const i = row - piece * chunk;
      const pieceEnds = ends[piece];
      return texts[piece].slice(i === 0 ? 0 : pieceEnds[i - 1], pieceEnds[i]);
    },
    indexOf(value) {
      for (let piece = 0; piece < texts.length; piece++) {
        const text = texts[piece];
        const pieceEnds = ends[piece];
        for (let i = 0, start = 0; i < pieceEnds.length; start = pieceEnds[i], i++) {
          if (pieceEnds[i] - start === value.length && text.startsWith(value, start)) return piece * chunk + i;
        }
      }
      return -1;
    },
  };
}

/** `values` packed as one piece. */
export function labelColumnOf(values: readonly string[]): LabelColumn {
  return labelColumn({ chunk: Math.max(values.length, 1), ...packValues(values) });
}

/** Ids and titles read as arrays (on the page's own thread, where there is no worker) as the page reads them. */
export const pageLabels = ({ id, title }: IndexLabels): PageLabels => ({ id: labelColumnOf(id), title: labelColumnOf(title) });

/** `values` as one piece's text and ends. */
export function packValues(values: readonly string[]): { texts: string[]; ends: Uint32Array<ArrayBuffer>[] } {
  const ends = new Uint32Array(values.length);
  let end = 0;
  values.forEach((value, i) => {
    end += value.length;
    ends[i] = end;
  });
  return { texts: [values.join('')], ends: [ends] };
}

/** A dataset's ids and titles as the page reads them. */
export interface PageLabels {
  readonly id: LabelColumn;
  readonly title: LabelColumn;
}

/** The index with its ids and titles, read a row at a time: what names or links an incident reads. */
export type LabelledIndex = IndexColumns & PageLabels;
