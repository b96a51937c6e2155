import { isUtf8 } from 'node:buffer';
import { createReadStream, statSync } from 'node:fs';
import type { Diagnostic } from '../../src/domain/schema';
import type { DatasetBuilder } from './dataset-builder';
import { binaryStretch, hasUtf8Bom, sniffEncoding, textDecoderFor } from './decode';
import { fileProblem, specialFileProblem } from './file-problem';
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

/**
 * Decoded text of a file, 64 KB at a time, so an export of any size fits in memory.
 * Bytes that are not text (invalid in the encoding, NUL or control bytes) end the text
 * at the last line break before them, so every row read before is whole, and `stop`
 * says what and where; so does a failure to read.
 */
async function* textChunks(path: string, stop: (problem: Stop) => void): AsyncGenerator<string> {
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
    const stat = statSync(path);
    if (!stat.isFile()) {
      stop({ what: specialFileProblem(stat), line: null });
      return;
    }
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
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

/**
 * Streams one CSV export into the builder, a row at a time, through `add`. Once the
 * file cannot be read further, no row is added after that point: the row the break
 * cut through and the file's own closing entries would be false, and one entry for
 * the whole file says what happened instead.
 */
export async function compileCsv(file: InputFile, builder: DatasetBuilder, add: (source: string, staged: Staged) => void): Promise<void> {
  let rows = 0;
  let problem: Stop | null = null;
  try {
    for await (const row of parseFailCsv(textChunks(file.path, (stop) => (problem = stop)))) {
      if (problem !== null) break;
      rows += 1;
      const fileLevel = row.key === null && row.draft === null && row.line === 1;
      const source = fileLevel ? file.source : `${file.source}#${row.key ?? `line-${row.line}`}`;
      add(source, stagePrepared(prepareInput(row), source));
    }
  } catch (cause) {
    problem = { what: `could not be read: ${cause instanceof Error ? cause.message : String(cause)}`, line: null };
  }
  if (problem !== null) builder.skip(file.source, [stopped(problem, rows)]);
  else if (rows === 0) builder.skip(file.source, [diag('error', 'no incident rows (the file is empty or holds only a header)')]);
}
