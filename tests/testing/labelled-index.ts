import { pageLabels } from '../../src/domain/label-column';
import type { LabelledIndex } from '../../src/domain/label-column';
import type { DatasetIndex } from '../../src/domain/schema';

/** `index` with its ids and titles as the page reads them. */
export const labelled = (index: DatasetIndex): LabelledIndex => ({ ...index, ...pageLabels(index) });
