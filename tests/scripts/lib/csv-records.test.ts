import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvRecord } from '../../../scripts/lib/csv-records';
import { csvRecords } from '../../../scripts/lib/csv-records';

/** Feeds `text` in chunks whose sizes cycle through `sizes`. */
async function* chunked(text: string, sizes: readonly number[]): AsyncGenerator<string> {
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const size = sizes[k % sizes.length];
    yield text.slice(at, at + size);
    at += size;
  }
}

async function read(text: string, sizes: readonly number[] = [text.length || 1]): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const record of csvRecords(chunked(text, sizes))) records.push(record);
  return records;
}

const ok = (line: number, ...fields: string[]): CsvRecord => ({ fields, line, error: null });

/** RFC 4180 writing: quote a field when it needs it, or always when asked. */
function serialize(records: string[][], eol: string, alwaysQuote: boolean): string {
  const field = (value: string) =>
    alwaysQuote || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return records.map((record) => record.map(field).join(',')).join(eol);
}

describe('csvRecords', () => {
  it.each<[string, string, CsvRecord[]]>([
    ['plain fields', 'a,b,c\n1,2,3\n', [ok(1, 'a', 'b', 'c'), ok(2, '1', '2', '3')]],
    ['no final line break', 'a,b\n1,2', [ok(1, 'a', 'b'), ok(2, '1', '2')]],
    ['empty fields', ',,\n', [ok(1, '', '', '')]],
    ['quoted comma', '"a,b",c\n', [ok(1, 'a,b', 'c')]],
    ['escaped quotes', '"say ""hi""",""""\n', [ok(1, 'say "hi"', '"')]],
    ['empty quoted field', '"",x\n', [ok(1, '', 'x')]],
    ['LF inside quotes', '"one\ntwo",x\nnext\n', [ok(1, 'one\ntwo', 'x'), ok(3, 'next')]],
    ['CRLF inside quotes becomes LF', '"one\r\ntwo"\r\nnext\r\n', [ok(1, 'one\ntwo'), ok(3, 'next')]],
    ['CR inside quotes becomes LF', '"one\rtwo"\rnext', [ok(1, 'one\ntwo'), ok(3, 'next')]],
    ['CRLF record endings', 'a,b\r\n1,2\r\n', [ok(1, 'a', 'b'), ok(2, '1', '2')]],
    ['CR record endings', 'a,b\r1,2\r', [ok(1, 'a', 'b'), ok(2, '1', '2')]],
    ['mixed record endings', 'a\rb\r\nc\nd', [ok(1, 'a'), ok(2, 'b'), ok(3, 'c'), ok(4, 'd')]],
    ['empty lines are records of one empty field', 'a\n\n\nb\n', [ok(1, 'a'), ok(2, ''), ok(3, ''), ok(4, 'b')]],
    ['a lone line break', '\n', [ok(1, '')]],
    ['stray quote in an unquoted field', 'a"b,c""d"\n', [ok(1, 'a"b', 'c""d"')]],
    ['text after a closing quote', '"ab"cd,e\n', [ok(1, 'abcd', 'e')]],
    ['spaces are kept, and a quote after one is literal', ' a , "b" \n', [ok(1, ' a ', ' "b" ')]],
    ['markup is plain text', '<script>alert(1)</script>,"<b>"\n', [ok(1, '<script>alert(1)</script>', '<b>')]],
  ])('%s', async (_name, text, expected) => {
    expect(await read(text)).toEqual(expected);
  });

  it('yields nothing for empty input', async () => {
    expect(await read('')).toEqual([]);
  });

  it('reports a file cut off inside a quoted field, after the complete rows', async () => {
    const text = 'id,body\n1,"fine"\n2,"multi\nline\nand cut';
    expect(await read(text)).toEqual([
      ok(1, 'id', 'body'),
      ok(2, '1', 'fine'),
      { fields: ['2', 'multi\nline\nand cut'], line: 3, error: 'unterminated quoted field starting at line 3' },
    ]);
  });

  it('names the line where the unterminated quote opened', async () => {
    expect((await read('x,"\n\n\nopen'))[0].error).toBe('unterminated quoted field starting at line 1');
    expect((await read('x\ny,\n"open'))[2].error).toBe('unterminated quoted field starting at line 3');
    const [record] = await read('a,"b\nc","d\ne');
    expect(record).toEqual({ fields: ['a', 'b\nc', 'd\ne'], line: 1, error: 'unterminated quoted field starting at line 2' });
  });

  it('gives the same records for every chunking of the input', async () => {
    const text =
      'Incident ID,Title,Body\r\n' +
      '1,"Quoted, with comma","two\r\nlines ""and"" quotes"\r\n' +
      '\r\n' +
      '2,plain,"lf\nonly"\n' +
      '3,"cr\ronly",x"y\r' +
      '4,"",""""';
    const whole = await read(text);
    expect(whole).toHaveLength(6);
    expect(whole[1]).toEqual(ok(2, '1', 'Quoted, with comma', 'two\nlines "and" quotes'));
    expect(whole[5]).toEqual(ok(9, '4', '', '"'));
    for (const size of [1, 2, 3, 7, 64]) {
      expect(await read(text, [size])).toEqual(whole);
    }
  });

  it('splits a record at every possible position into two chunks', async () => {
    const text = '"a""b\r\nc",d\r\n"e"\r\n';
    const whole = await read(text);
    expect(whole).toEqual([ok(1, 'a"b\nc', 'd'), ok(3, 'e')]);
    for (let cut = 1; cut < text.length; cut++) {
      expect(await read(text, [cut, text.length])).toEqual(whole);
    }
  });

  it('yields each record as soon as it is complete, so an endless stream can be read', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled += 1;
        yield `${pulled},"multi\nline"\n`;
      }
    }
    const records: CsvRecord[] = [];
    for await (const record of csvRecords(endless())) {
      records.push(record);
      if (records.length === 3) break;
    }
    expect(records).toEqual([ok(1, '1', 'multi\nline'), ok(3, '2', 'multi\nline'), ok(5, '3', 'multi\nline')]);
    expect(pulled).toBe(3);
  });

  it('ignores empty chunks', async () => {
    async function* withEmpties() {
      yield '';
      yield 'a,"b';
      yield '';
      yield '"""\r';
      yield '';
      yield '\nc';
    }
    const records: CsvRecord[] = [];
    for await (const record of csvRecords(withEmpties())) records.push(record);
    expect(records).toEqual([ok(1, 'a', 'b"'), ok(2, 'c')]);
  });

  it('reads back any RFC 4180 serialization, in any chunking', async () => {
    const lineBreak = /\r\n|\r|\n/g;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.string({ unit: 'binary-ascii', maxLength: 12 }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        async (records, eol, alwaysQuote, trailing, sizes) => {
          const text = serialize(records, eol, alwaysQuote) + (trailing ? eol : '');
          const last = records[records.length - 1];
          // Without a final line break an unquoted lone empty field is no text at all.
          const dropsLast = !trailing && !alwaysQuote && last.length === 1 && last[0] === '';
          const kept = dropsLast ? records.slice(0, -1) : records;
          let line = 1;
          const expected = kept.map((fields) => {
            const record = ok(line, ...fields.map((f) => f.replace(/\r\n?/g, '\n')));
            line += 1 + (serialize([fields], eol, alwaysQuote).match(lineBreak)?.length ?? 0);
            return record;
          });
          expect(await read(text, sizes)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws and never depends on chunking, whatever the text', async () => {
    const alphabet = fc.constantFrom('"', ',', '\r', '\n', 'a', ' ', '\u00e9', '\ud83d\ude00');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: alphabet, maxLength: 60 })),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        async (text, sizes) => {
          const whole = await read(text);
          expect(await read(text, sizes)).toEqual(whole);
          for (const record of whole.slice(0, -1)) expect(record.error).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('csvRecords on a record too large to hold', () => {
  it('skips that record with an error and goes on reading the records after it', async () => {
    const huge = `1,"${'x'.repeat(5_000)}\n${'y'.repeat(5_000)}"\n2,after\n3,"also after"\n`;
    const records: CsvRecord[] = [];
    for await (const record of csvRecords(chunked(huge, [1_000, 333]), 4_096)) records.push(record);
    expect(records).toEqual([
      { fields: [], line: 1, error: 'the row holds more than 4096 characters, too many to read' },
      ok(3, '2', 'after'),
      ok(4, '3', 'also after'),
    ]);
  });
});
