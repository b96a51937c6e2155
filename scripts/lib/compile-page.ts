import { readFileSync, statSync } from 'node:fs';
import { fileProblem, specialFileProblem } from './file-problem';
import { parsePage } from './parse-page';
import { prepareInput, type Staged, stagePrepared } from './prepared-input';

/** A single report page beyond this size is not a report; CSV exports are streamed instead. */
const MAX_PAGE_BYTES = 256 * 1024 * 1024;

/** What to compile: the page and its source name. */
export interface PageJob {
  path: string;
  source: string;
}

const skipped = (message: string): Staged => ({ input: null, diagnostics: [{ level: 'error', message, line: null }] });

/**
 * Reads, parses, prepares and stages one `.txt` input. Its only I/O is reading that one
 * file, so it runs the same on any thread; the caller writes the record where it belongs.
 * It never throws: a file that cannot be read, or whose compiling fails in any way, is
 * skipped with the cause, and the build goes on with the next.
 */
export function compilePage({ path, source }: PageJob): Staged {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return skipped(specialFileProblem(stat));
    if (stat.size > MAX_PAGE_BYTES) return skipped(`file is ${Math.round(stat.size / 1048576)} MB, larger than any report page can be`);
    bytes = readFileSync(path);
  } catch (cause) {
    return skipped(fileProblem(cause));
  }
  try {
    return stagePrepared(prepareInput(parsePage(bytes)), source);
  } catch (cause) {
    return skipped(`could not be compiled: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
