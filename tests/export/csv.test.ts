import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/export/csv';
import type { CsvValue } from '../../src/export/csv';
import { readCsv } from './read-csv';

const BOM = '\uFEFF';

/** The records of a CSV document, its BOM checked and dropped. */
function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return readCsv(csv.slice(1));
}

describe('csvField', () => {
  it.each<[string, CsvValue, string]>([
    ['plain text', 'design', 'design'],
    ['a comma', 'Acme, Inc.', '"Acme, Inc."'],
    ['a quote, doubled', 'the "cloud"', '"the ""cloud"""'],
    ['an embedded LF', 'line one\nline two', '"line one\nline two"'],
    ['an embedded CRLF', 'a\r\nb', '"a\r\nb"'],
    ['unicode, as it is', 'café – 東京 🚀', 'café – 東京 🚀'],
    ['an empty string', '', ''],
    ['null, as an empty field', null, ''],
    ['an integer', 42, '42'],
    ['a fraction', 0.125, '0.125'],
    ['a negative number, still a number', -3, '-3'],
    ['a number that is not finite', Number.NaN, ''],
    ['a formula', '=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['a plus sign first', '+1 555 0100', "'+1 555 0100"],
    ['a minus sign first', '-2+3', "'-2+3"],
    ['an at sign first', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a tab first', '\t=1', "'\t=1"],
    ['a CR first, escaped and quoted', '\r=1', `"'\r=1"`],
    ['an equals sign later, left alone', 'a=b', 'a=b'],
  ])('writes %s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a BOM, the header and the rows, each record ended with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 2], [null, 'x,y']])).toBe(`${BOM}a,b\r\n1,2\r\n,"x,y"\r\n`);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['option', 'count'], [])).toBe(`${BOM}option,count\r\n`);
  });

  it('reads back to the same table through an RFC 4180 reader, hard cells included', () => {
    const rows = [
      ['Acme, Inc.', 'said "no"', 'two\nlines', 'three\r\nlines'],
      ['café', '東京', '🚀', ''],
      ['"', '""', ',', '\r'],
    ];
    expect(parse(toCsv(['a', 'b', 'c', 'd'], rows))).toEqual([['a', 'b', 'c', 'd'], ...rows.map((row) => row.map((cell) => (cell === '\r' ? "'\r" : cell)))]);
  });

  it('reads back any text, with formula-looking cells prefixed by one quote', () => {
    const cell = fc.string({ unit: 'binary', maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const expected = rows.map((row) => row.map((text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)));
        expect(parse(toCsv(['x', 'y', 'z'], rows))).toEqual([['x', 'y', 'z'], ...expected]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('the test reader itself', () => {
  it.each(['a"b\r\n', '"a"b\r\n', 'a\nb\r\n', 'a\rb\r\n', '"open\r\n'])('refuses %j', (text) => {
    expect(() => readCsv(text)).toThrow();
  });
});
