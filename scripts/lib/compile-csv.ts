import { isUtf8 } from 'node:buffer';
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import type { Diagnostic } from '../../src/domain/schema';
import { binaryStretch, hasUtf8Bom, sniffEncoding, textDecoderFor } from './decode';
import { fileProblem, specialFileProblem } from './file-problem';
import { type FileStamp, stampFrom } from './file-stamp';
import type { InputFile } from './input-files';
import { parseFailCsv } from './parse-fail-csv';
import { diag } from './parse-result';
import { prepareInput, type Staged, stagePrepared } from './prepared-input';
import { lineBreaks, utf8Prefix } from './utf8-prefix';

const CHUNK_BYTES = 64 * 1024;

/** Why reading stopped before the end of the file, and at which line. */
interface Stop {
  what: string;
  line: number | null;
}

/** What was read of a file: its stamp, taken before reading, and its bytes so far. */
interface Reading {
  stamp: FileStamp | null;
  hash: Hash;
}

/**
 * Decoded text of a file, 64 KB at a time, so an export of any size fits in memory.
 * Bytes that are not text (invalid in the encoding, NUL or control bytes) end the text
 * at the last line break before them, so every row read before is whole, and `stop`
 * says what and where; so does a failure to read.
 */
async function* textChunks(path: string, stop: (problem: Stop) => void, reading: Reading): AsyncGenerator<string> {
  let utf8: boolean | null = null;
  let decoder: TextDecoder | null = null;
  let carry: Buffer = Buffer.alloc(0);
  let first = true;
  let line = 1;
  let endsInCr = false;
  const lines = (bytes: Uint8Array) => {
    const counted = lineBreaks(bytes, endsInCr);
    line += counted.breaks;
    endsInCr = counted.endsInCr;
  };
  try {
    const stat = statSync(path, { bigint: true });
    if (!stat.isFile()) {
      stop({ what: specialFileProblem(stat), line: null });
      return;
    }
    reading.stamp = stampFrom(stat);
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
      reading.hash.update(chunk);
      if (utf8 === null) {
        utf8 = sniffEncoding(chunk) === 'utf-8';
        if (!utf8) decoder = textDecoderFor(chunk);
      }
      if (decoder !== null) {
        try {
          const text = decoder.decode(chunk, { stream: true });
          line += (text.match(/\r\n|\r|\n/g) ?? []).length;
          yield text;
        } catch {
          stop({ what: `not valid ${sniffEncoding(chunk).toUpperCase()} text`, line });
          return;
        }
        continue;
      }
      const joined: Buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const bytes = first && hasUtf8Bom(joined) ? joined.subarray(3) : joined;
      first = false;
      const { valid, complete } = utf8Prefix(bytes, isUtf8);
      const binary = binaryStretch(bytes.subarray(0, valid));
      const good = binary === null ? valid : binary.at;
      if (good < complete) {
        const whole = good === 0 ? 0 : Math.max(bytes.lastIndexOf(0x0a, good - 1), bytes.lastIndexOf(0x0d, good - 1)) + 1;
        lines(bytes.subarray(0, good));
        if (whole > 0) yield bytes.toString('utf8', 0, whole);
        stop({ what: binary === null ? 'not valid UTF-8 text' : `binary data (${binary.what})`, line });
        return;
      }
      lines(bytes.subarray(0, complete));
      yield bytes.toString('utf8', 0, complete);
      carry = bytes.subarray(complete);
    }
    if (carry.length > 0) stop({ what: 'not valid UTF-8 text (the file ends inside a character)', line });
    else if (decoder !== null) yield decoder.decode();
  } catch (cause) {
    stop({ what: fileProblem(cause), line: null });
  }
}

/** The file-level entry for a file whose reading stopped, saying what became of its rows. */
function stopped({ what, line }: Stop, rows: number): Diagnostic {
  if (line === null) return diag('error', rows === 0 ? what : `${what}, after ${rows} row(s), which are kept`);
  const kept = rows === 0 ? 'no row before it was read, so none is kept' : `the ${rows} row(s) before it are kept`;
  return diag('error', `${what} at line ${line}: ${kept}, and nothing after it is read`, line);
}

/** Where a CSV export's rows go, in order: staged rows, and the whole file when it is skipped. */
export interface CsvSink {
  add(source: string, staged: Staged): void;
  skip(source: string, diagnostics: Diagnostic[]): void;
}

/**
 * Streams one CSV export into `sink`, a row at a time. Once the file cannot be read
 * further, no row is added after that point: the row the break cut through and the
 * file's own closing entries would be false, and one entry for the whole file says what
 * happened instead. Says what the compile cache keeps the file by (its stamp and the
 * SHA-256 of its bytes) when the whole file was read, else null.
 */
export async function compileCsv(file: InputFile, sink: CsvSink): Promise<{ stamp: FileStamp; digest: string } | null> {
  let rows = 0;
  let problem: Stop | null = null;
  const reading: Reading = { stamp: null, hash: createHash('sha256') };
  try {
    for await (const row of parseFailCsv(textChunks(file.path, (stop) => (problem = stop), reading))) {
      if (problem !== null) break;
      rows += 1;
      const fileLevel = row.key === null && row.draft === null && row.line === 1;
      const source = fileLevel ? file.source : `${file.source}#${row.key ?? `line-${row.line}`}`;
      sink.add(source, stagePrepared(prepareInput(row), source));
    }
  } catch (cause) {
    problem = { what: `could not be read: ${cause instanceof Error ? cause.message : String(cause)}`, line: null };
  }
  if (problem !== null) {
    sink.skip(file.source, [stopped(problem, rows)]);
    return null;
  }
  if (rows === 0) sink.skip(file.source, [diag('error', 'no incident rows (the file is empty or holds only a header)')]);
  return reading.stamp === null ? null : { stamp: reading.stamp, digest: reading.hash.digest('hex') };
}
