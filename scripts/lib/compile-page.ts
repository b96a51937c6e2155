import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parsePage } from './parse-page';
import { type Prepared, type Staged, prepareInput, stageInput } from './prepared-input';

/** A single report page beyond this size is not a report; CSV exports are streamed instead. */
const MAX_PAGE_BYTES = 256 * 1024 * 1024;

/** What to compile: the page, its source name, and where to stage its record. */
export interface PageJob {
  path: string;
  source: string;
  staged: string;
}

function readPage(path: string): Prepared {
  const size = statSync(path).size;
  if (size > MAX_PAGE_BYTES) {
    const message = `file is ${Math.round(size / 1048576)} MB, larger than any report page can be`;
    return { input: null, diagnostics: [{ level: 'error', message, line: null }] };
  }
  return prepareInput(parsePage(readFileSync(path)));
}

/** Writes a prepared input's record to its staging file; inputs that became nothing write nothing. */
export function stagePrepared({ input, diagnostics }: Prepared, source: string, staged: string): Staged {
  if (input === null) return { input: null, diagnostics };
  const { input: stagedInput, text } = stageInput(input, source, staged);
  writeFileSync(staged, text);
  return { input: stagedInput, diagnostics };
}

/**
 * Reads, parses, prepares and stages one `.txt` input. Its only I/O is reading that one
 * file and writing its staging file, so it runs the same on any thread.
 */
export function compilePage(job: PageJob): Staged {
  return stagePrepared(readPage(job.path), job.source, job.staged);
}
