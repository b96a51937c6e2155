import { decodeText } from './decode';
import { parseArticle } from './parse-article';
import { type ParseResult, diag } from './parse-result';
import { parseReport } from './parse-report';

/**
 * One `.txt` input from its bytes: a raw news article when it opens with
 * `Original Title:`, else a FAIL incident page. Bytes that are not text give no draft
 * and an error saying why.
 */
export function parsePage(bytes: Uint8Array): ParseResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { draft: null, diagnostics: [diag('error', decoded.reason)] };
  return /^\s*Original Title:/.test(decoded.text) ? parseArticle(decoded.text) : parseReport(decoded.text);
}
