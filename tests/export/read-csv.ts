/**
 * A strict RFC 4180 reader for the tests: CRLF record ends (a trailing one allowed),
 * quoted fields with doubled quotes, nothing else. It throws on anything the RFC does
 * not allow (a bare quote in an unquoted field, a lone CR or LF outside quotes, text
 * after a closing quote), so output it accepts is output a spreadsheet reads the same way.
 */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (char === ',') {
      endField();
      i++;
    } else if (char === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`a CR without LF at ${i}`);
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (char === '\n') {
      throw new Error(`a bare LF at ${i}`);
    } else if (char === '"') {
      throw new Error(`a quote inside an unquoted field at ${i}`);
    } else {
      field += char;
      i++;
    }
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/**
 * An exported CSV split where the app writes it apart: the context lines above the first
 * empty record (as key → value) and the table below. A file without context lines has
 * an empty context and is all table.
 */
export function readCsvParts(text: string): { context: Map<string, string>; table: string[][] } {
  const records = readCsv(text.replace(/^\uFEFF/, ''));
  const blank = records.findIndex((record) => record.length === 1 && record[0] === '');
  if (blank === -1) return { context: new Map(), table: records };
  return { context: new Map(records.slice(0, blank).map(([key, value]) => [key, value])), table: records.slice(blank + 1) };
}
