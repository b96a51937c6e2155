/**
 * The file that makes a directory a Faultline dataset. The prebuild writes it last into
 * the dataset it is about to publish, and replaces only a directory that carries it: a
 * folder that merely holds a `build-report.json` is somebody's folder.
 */
import { z } from 'zod';

export const MARKER_FILE = '.faultline-dataset.json';
export const DATASET_FORMAT = 'faultline-dataset';
export const DATASET_VERSION = 1;

export const DatasetMarkerSchema = z
  .object({
    format: z.literal(DATASET_FORMAT),
    version: z.literal(DATASET_VERSION),
    /**
     * The input directories the dataset was built from, relative to the dataset itself,
     * so the record holds no absolute path of the machine that built it and survives a
     * moved checkout.
     */
    inputs: z.array(z.string().min(1)).min(1),
    /** How many files `incidents/` holds: one more or one fewer means somebody else's hand. */
    records: z.number().int().nonnegative(),
  })
  .strict();
export type DatasetMarker = z.infer<typeof DatasetMarkerSchema>;

/** The marker in `text`, or null when it is not one this prebuild writes. */
export function parseMarker(text: string): DatasetMarker | null {
  try {
    const parsed = DatasetMarkerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const markerText = (marker: DatasetMarker): string => `${JSON.stringify(marker, null, 2)}\n`;
