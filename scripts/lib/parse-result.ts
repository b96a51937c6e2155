import type { Diagnostic, IncidentDraft } from '../../src/domain/schema';

/**
 * What every parser returns. `draft` is null only when the input cannot become an
 * incident, and then `diagnostics` holds at least one error saying why; parsers never
 * throw on untrusted text.
 */
export interface ParseResult {
  draft: IncidentDraft | null;
  diagnostics: Diagnostic[];
}

/** A diagnostic; `line` is 1-based in the input as split by `inputLines`. */
export function diag(level: Diagnostic['level'], message: string, line: number | null = null): Diagnostic {
  return { level, message, line };
}

/**
 * The input's lines, whatever its line endings (LF, CRLF or a lone CR), so that line
 * numbers in diagnostics mean the same thing for every parser and every platform.
 */
export function inputLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

const EXCERPT_LENGTH = 60;

/**
 * The first 60 characters of `text`, for quoting untrusted input in a diagnostic; the
 * cut never splits a surrogate pair, so the excerpt stays valid UTF-16.
 */
export function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const end = /[\uD800-\uDBFF]/.test(text[EXCERPT_LENGTH - 1]) ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH;
  return `${text.slice(0, end)}…`;
}
