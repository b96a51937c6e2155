import type { ExportPart } from './incident-export';
import { yieldToPage } from '../data/yield-to-page';

/** Parts kept as text before they go into a Blob of their own: the page's heap never holds a large file whole as strings. */
const PARTS_PER_BLOB = 32;
/** The page's time a run of parts may take before the page gets a turn: well under a frame. */
const SLICE_MS = 8;

export interface PartsProgress {
  readonly signal?: AbortSignal;
  /** The share of the `total` incidents written so far, each time the page gets a turn and at the end. */
  readonly onProgress?: (share: number) => void;
  /** How long a run of parts may take before the page gets a turn; 0 gives it one after every part. */
  readonly sliceMs?: number;
}

/**
 * `parts` as one Blob of `type`, made in runs of parts of `sliceMs` at most, the page
 * answering between runs, so a file of a million incidents never freezes it and is never
 * one string. Rejects with the signal's reason once it is aborted.
 */
export async function partsToBlob(parts: Iterable<ExportPart>, total: number, type: string, { signal, onProgress, sliceMs = SLICE_MS }: PartsProgress = {}): Promise<Blob> {
  const blobs: Blob[] = [];
  let pending: string[] = [];
  let written = 0;
  let began = performance.now();
  for (const part of parts) {
    pending.push(part.text);
    written += part.rows;
    if (pending.length === PARTS_PER_BLOB) {
      blobs.push(new Blob(pending));
      pending = [];
    }
    if (performance.now() - began >= sliceMs) {
      onProgress?.(total === 0 ? 1 : written / total);
      await yieldToPage();
      signal?.throwIfAborted();
      began = performance.now();
    }
  }
  blobs.push(new Blob(pending));
  onProgress?.(1);
  return new Blob(blobs, { type });
}
