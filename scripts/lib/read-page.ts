import { readFileSync, statSync } from 'node:fs';
import { parsePage } from './parse-page';
import { type Prepared, prepareInput } from './prepared-input';

/** A single report page beyond this size is not a report; CSV exports are streamed instead. */
const MAX_PAGE_BYTES = 256 * 1024 * 1024;

/** Reads, parses and prepares one `.txt` input. The only I/O is reading that one file. */
export function readPage(path: string): Prepared {
  const size = statSync(path).size;
  if (size > MAX_PAGE_BYTES) {
    const message = `file is ${Math.round(size / 1048576)} MB, larger than any report page can be`;
    return { input: null, diagnostics: [{ level: 'error', message, line: null }] };
  }
  return prepareInput(parsePage(readFileSync(path)));
}
