import { createReadStream } from 'node:fs';
import type { Diagnostic } from '../../src/domain/schema';
import type { DatasetBuilder } from './dataset-builder';
import { binaryReason, textDecoderFor } from './decode';
import type { InputFile } from './input-files';
import { parseFailCsv } from './parse-fail-csv';
import { prepareInput, type Staged, stagePrepared } from './prepared-input';

const CHUNK_BYTES = 64 * 1024;

const error = (message: string, line: number | null = null): Diagnostic => ({ level: 'error', message, line });

/** Decoded text of a file, 64 KB at a time, so an export of any size fits in memory. */
async function* textChunks(path: string, onBinary: (reason: string) => void): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    if (decoder === null) {
      const binary = binaryReason(chunk);
      if (binary) {
        onBinary(binary);
        return;
      }
      decoder = textDecoderFor(chunk);
    }
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder !== null) yield decoder.decode();
}

/** Streams one CSV export into the builder, a row at a time, through `add`. */
export async function compileCsv(file: InputFile, builder: DatasetBuilder, add: (source: string, staged: Staged) => void): Promise<void> {
  let rows = 0;
  let fileProblem: string | null = null;
  try {
    for await (const row of parseFailCsv(textChunks(file.path, (reason) => (fileProblem = reason)))) {
      rows += 1;
      const fileLevel = row.key === null && row.draft === null && row.line === 1;
      const source = fileLevel ? file.source : `${file.source}#${row.key ?? `line-${row.line}`}`;
      add(source, stagePrepared(prepareInput(row), source));
    }
  } catch {
    fileProblem = `not valid UTF-8 text after ${rows} row(s) (unreadable encoding); the rows before it are kept`;
  }
  if (fileProblem !== null) builder.skip(file.source, [error(fileProblem)]);
  else if (rows === 0) builder.skip(file.source, [error('no incident rows (the file is empty or holds only a header)')]);
}
