import { packValues, pageLabels } from '../../src/domain/label-column';
import type { LabelledIndex, PackedLabels } from '../../src/domain/label-column';
import type { DatasetIndex } from '../../src/domain/schema';

/** `index` with its ids and titles as the page reads them. */
export const labelled = (index: DatasetIndex): LabelledIndex => ({ ...index, ...pageLabels(index) });

/** `values` packed in pieces of `chunk`, as the loading worker sends a column. */
export function packedInChunks(values: readonly string[], chunk: number): PackedLabels {
  const texts: string[] = [];
  const ends: Uint32Array[] = [];
  for (let from = 0; from < values.length; from += chunk) {
    const packed = packValues(values.slice(from, from + chunk));
    texts.push(...packed.texts);
    ends.push(...packed.ends);
  }
  return { chunk, texts, ends };
}
