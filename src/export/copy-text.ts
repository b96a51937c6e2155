/**
 * Puts `text` on the clipboard. Resolves to false, never rejects, when the browser will
 * not (no Clipboard API outside secure contexts, permission refused, page not focused),
 * so the caller can offer the text to copy by hand instead.
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator.clipboard?.writeText !== 'function') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
