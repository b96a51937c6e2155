import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileProblem, specialFileProblem } from './file-problem';
import { type FileStamp, stampFrom } from './file-stamp';
import { parsePage } from './parse-page';
import type { Vocabulary } from './document-words';
import { prepareInput, type Staged, stagePrepared } from './prepared-input';

/** A single report page beyond this size is not a report; CSV exports are streamed instead. */
const MAX_PAGE_BYTES = 256 * 1024 * 1024;

/** What to compile: the page and its source name. */
export interface PageJob {
  path: string;
  source: string;
}

/** A page compiled, with what the compile cache keeps it by: null when the page could not be read. */
export interface CompiledPage {
  staged: Staged;
  read: { stamp: FileStamp; digest: string } | null;
}

const skipped = (message: string): CompiledPage => ({ staged: { input: null, diagnostics: [{ level: 'error', message, line: null }] }, read: null });

/**
 * Reads, parses, prepares and stages one `.txt` input. Its only I/O is reading that one
 * file, so it runs the same on any thread; the caller writes the record where it belongs.
 * It never throws: a file that cannot be read, or whose compiling fails in any way, is
 * skipped with the cause, and the build goes on with the next. The file's stamp is taken
 * before its bytes are read, so a change made while it is read shows in the next stamp.
 * Its words are numbered in `vocabulary` when one is given (see prepareInput).
 */
export function compilePage({ path, source }: PageJob, vocabulary?: Vocabulary): CompiledPage {
  let bytes: Buffer;
  let stamp: FileStamp;
  try {
    const stat = statSync(path, { bigint: true });
    if (!stat.isFile()) return skipped(specialFileProblem(stat));
    if (stat.size > MAX_PAGE_BYTES) return skipped(`file is ${Math.round(Number(stat.size) / 1048576)} MB, larger than any report page can be`);
    stamp = stampFrom(stat);
    bytes = readFileSync(path);
  } catch (cause) {
    return skipped(fileProblem(cause));
  }
  const read = { stamp, digest: createHash('sha256').update(bytes).digest('hex') };
  try {
    return { staged: stagePrepared(prepareInput(parsePage(bytes), vocabulary), source), read };
  } catch (cause) {
    return { staged: skipped(`could not be compiled: ${cause instanceof Error ? cause.message : String(cause)}`).staged, read };
  }
}
