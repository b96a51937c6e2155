import { decodeLines } from './decode';
import { parseArticleLines } from './parse-article';
import { type ParseResult, diag } from './parse-result';
import { parseReportLines } from './parse-report';

/**
 * One `.txt` input from its bytes: a raw news article when it opens with
 * `Original Title:`, else a FAIL incident page. Bytes that are not text give no draft
 * and an error saying why.
 */
export function parsePage(bytes: Uint8Array): ParseResult {
  const decoded = decodeLines(bytes);
  if (!decoded.ok) return { draft: null, diagnostics: [diag('error', decoded.reason)] };
  const { lines } = decoded;
  const first = lines.find((line) => /\S/.test(line)) ?? '';
  return first.trimStart().startsWith('Original Title:') ? parseArticleLines(lines) : parseReportLines(lines);
}
