/**
 * Some browsers start a download only after the click has been handled, so the object
 * URL must outlive the click; a few seconds is ample for a file made in memory.
 */
const REVOKE_AFTER_MS = 10_000;

/** Saves `blob` as a file named `fileName`, through a temporary anchor, without leaving anything behind. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

export const MIME = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
  markdown: 'text/markdown;charset=utf-8',
} as const;

export const downloadText = (text: string, fileName: string, type: string): void =>
  downloadBlob(new Blob([text], { type }), fileName);
