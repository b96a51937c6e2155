import { vi } from 'vitest';

/** A file the page offered for download: the name it suggested and what it held. */
export interface CapturedFile {
  readonly name: string;
  readonly type: string;
  readonly blob: Blob;
}

/**
 * Records every file `downloadBlob` offers instead of letting jsdom navigate: object URLs
 * become numbered `blob:` strings and the anchor's click reads the blob back by number.
 * Undo with `vi.restoreAllMocks()` and `vi.unstubAllGlobals()`.
 */
export function captureDownloads(): CapturedFile[] {
  const files: CapturedFile[] = [];
  const blobs: Blob[] = [];
  vi.stubGlobal('URL', Object.assign(globalThis.URL, { createObjectURL: (blob: Blob) => `blob:${blobs.push(blob)}`, revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs[Number(this.href.slice('blob:'.length)) - 1];
    files.push({ name: this.download, type: blob.type, blob });
  });
  return files;
}

/** A downloaded text file as written, its byte order mark dropped. */
export const textOf = async (file: CapturedFile): Promise<string> => (await file.blob.text()).replace(/^\uFEFF/, '');
