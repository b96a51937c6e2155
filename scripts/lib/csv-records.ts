/**
 * One CSV record. `line` is the 1-based line where the record starts, so diagnostics can
 * point into the file even though quoted fields span lines. `error` is set on a final
 * record cut off inside a quoted field, whose `fields` then hold what was read, and on
 * a record too large to hold, whose `fields` are then empty.
 */
export interface CsvRecord {
  fields: string[];
  line: number;
  error: string | null;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** Between fields or records: a quote here opens a quoted field. */
const FIELD_START = 0;
/** Inside an unquoted field, or after a quoted field closed early: quotes are literal. */
const UNQUOTED = 1;
const QUOTED = 2;
/** Just read a quote inside a quoted field: either `""` or the closing quote. */
const QUOTE_IN_QUOTED = 3;

type State = typeof FIELD_START | typeof UNQUOTED | typeof QUOTED | typeof QUOTE_IN_QUOTED;

/**
 * Characters one record may hold, far beyond any real row. A larger one is skipped
 * with an error and reading goes on with the next: holding it would fail on the
 * engine's string limit and lose every row after it.
 */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/**
 * Reads RFC 4180 records from a stream of text chunks. Records end at CRLF, LF or CR;
 * line breaks inside quoted fields are kept as `\n`. Chunks may split the text anywhere,
 * including between `\r` and `\n` or between the two quotes of `""`.
 *
 * Lenient where the RFC is strict, because exports in the wild are not always clean: a
 * quote inside an unquoted field is kept literally, and text after a closing quote is
 * appended to the field. An empty line is a record with one empty field; a line break
 * at the very end of the input does not start another record.
 *
 * Memory is bounded by the largest record, at most `limit` characters: a field is
 * collected as slices of the chunks it spans and joined once, and nothing of a record
 * is kept after it is yielded.
 */
export async function* csvRecords(chunks: AsyncIterable<string>, limit = MAX_RECORD_CHARS): AsyncGenerator<CsvRecord> {
  let state: State = FIELD_START;
  let parts: string[] = [];
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let inRecord = false;
  // A CR just ended a record (or a line inside quotes): an LF right after it belongs to it.
  let skipLf = false;
  // Characters of the record so far; past the limit, nothing more of it is kept.
  let size = 0;

  const keep = (part: string) => {
    size += part.length;
    if (size <= limit) parts.push(part);
  };
  const endField = () => {
    if (size <= limit) fields.push(parts.length === 1 ? parts[0] : parts.join(''));
    parts = [];
  };
  const endRecord = (error: string | null): CsvRecord => {
    endField();
    const tooLarge = size > limit;
    const record = tooLarge
      ? { fields: [], line: recordLine, error: `the row holds more than ${limit} characters, too many to read` }
      : { fields, line: recordLine, error };
    fields = [];
    size = 0;
    inRecord = false;
    return record;
  };

  for await (const chunk of chunks) {
    let runStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (skipLf) {
        skipLf = false;
        if (c === LF) {
          runStart = i + 1;
          continue;
        }
      }
      if (state === QUOTE_IN_QUOTED) {
        if (c === QUOTE) {
          // The second quote of `""` starts the next run, so one quote is kept.
          state = QUOTED;
          runStart = i;
          continue;
        }
        state = UNQUOTED;
        runStart = i;
      }
      if (state === QUOTED) {
        if (c === QUOTE) {
          if (i > runStart) keep(chunk.slice(runStart, i));
          state = QUOTE_IN_QUOTED;
          runStart = i + 1;
        } else if (c === CR) {
          if (i > runStart) keep(chunk.slice(runStart, i));
          keep('\n');
          line += 1;
          skipLf = true;
          runStart = i + 1;
        } else if (c === LF) {
          line += 1;
        }
        continue;
      }
      if (c === COMMA) {
        if (i > runStart) keep(chunk.slice(runStart, i));
        endField();
        state = FIELD_START;
        inRecord = true;
        runStart = i + 1;
      } else if (c === LF || c === CR) {
        if (i > runStart) keep(chunk.slice(runStart, i));
        yield endRecord(null);
        line += 1;
        recordLine = line;
        skipLf = c === CR;
        state = FIELD_START;
        runStart = i + 1;
      } else if (state === FIELD_START && c === QUOTE) {
        state = QUOTED;
        quoteLine = line;
        inRecord = true;
        runStart = i + 1;
      } else {
        state = UNQUOTED;
        inRecord = true;
      }
    }
    if (chunk.length > runStart) keep(chunk.slice(runStart));
  }

  if (state === QUOTED) {
    yield endRecord(`unterminated quoted field starting at line ${quoteLine}`);
  } else if (inRecord) {
    yield endRecord(null);
  }
}
