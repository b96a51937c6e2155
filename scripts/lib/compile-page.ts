import { readFileSync, statSync } from 'node:fs';
import { parsePage } from './parse-page';
import { prepareInput, type Staged, stagePrepared } from './prepared-input';

/** A single report page beyond this size is not a report; CSV exports are streamed instead. */
const MAX_PAGE_BYTES = 256 * 1024 * 1024;

/** What to compile: the page and its source name. */
export interface PageJob {
  path: string;
  source: string;
}

/**
 * Reads, parses, prepares and stages one `.txt` input. Its only I/O is reading that one
 * file, so it runs the same on any thread; the caller writes the record where it belongs.
 */
export function compilePage({ path, source }: PageJob): Staged {
  const size = statSync(path).size;
  if (size > MAX_PAGE_BYTES) {
    const message = `file is ${Math.round(size / 1048576)} MB, larger than any report page can be`;
    return { input: null, diagnostics: [{ level: 'error', message, line: null }] };
  }
  return stagePrepared(prepareInput(parsePage(readFileSync(path))), source);
}
