import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputLines } from '../../../scripts/lib/parse-result';
import { binaryReason, decodeLines, sniffEncoding } from '../../../scripts/lib/decode';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeLines', () => {
  it('reads UTF-8 with and without a byte-order mark the same way, whatever the line endings', () => {
    const lf = decodeLines(utf8('Incident: café\nPublished Date: 2020-01-02\n'));
    expect(lf).toEqual({ ok: true, lines: ['Incident: café', 'Published Date: 2020-01-02', ''] });
    expect(decodeLines(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Incident: café\nPublished Date: 2020-01-02\n')]))).toEqual(lf);
    expect(decodeLines(utf8('Incident: café\r\nPublished Date: 2020-01-02\r\n'))).toEqual(lf);
    expect(decodeLines(utf8('Incident: café\rPublished Date: 2020-01-02\r'))).toEqual(lf);
    expect(decodeLines(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Incident: café\r\nPublished Date: 2020-01-02\n')]))).toEqual(lf);
  });

  it('splits lines exactly as the text would be split, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const decoded = decodeLines(utf8(text));
        if (decoded.ok) expect(decoded.lines).toEqual(inputLines(text.replace(/^\uFEFF/, '')));
      }),
    );
  });

  it('reads UTF-16 announced by its byte-order mark', () => {
    const le = [0xff, 0xfe, ...[...'Hi é\nthere'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    expect(decodeLines(Uint8Array.from(le))).toEqual({ ok: true, lines: ['Hi é', 'there'] });
  });

  it.each([
    ['an empty file', bytes(), 'empty file'],
    ['a whitespace-only file', utf8(' \n\t\r\n'), 'empty file (only whitespace)'],
    ['binary data with NUL bytes', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), 'binary data (contains NUL bytes)'],
    ['control characters', bytes(...Array.from({ length: 100 }, (_, i) => (i % 2 ? 0x01 : 0x41))), 'binary data (mostly control characters)'],
    ['invalid UTF-8', bytes(0x41, 0xc3, 0x28, 0x42), 'not valid UTF-8 text (unreadable encoding)'],
    ['Latin-1 text', bytes(...utf8('caf'), 0xe9, 0x0a), 'not valid UTF-8 text (unreadable encoding)'],
  ])('rejects %s with a reason', (_name, input, reason) => {
    expect(decodeLines(input)).toEqual({ ok: false, reason });
  });
});

describe('sniffEncoding and binaryReason', () => {
  it('tells encodings by their byte-order mark only', () => {
    expect(sniffEncoding(bytes(0xff, 0xfe, 0x41, 0x00))).toBe('utf-16le');
    expect(sniffEncoding(bytes(0xfe, 0xff, 0x00, 0x41))).toBe('utf-16be');
    expect(sniffEncoding(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('utf-8');
    expect(sniffEncoding(utf8('plain'))).toBe('utf-8');
  });

  it('does not call UTF-16 text binary for its NUL bytes', () => {
    expect(binaryReason(bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00))).toBeNull();
  });

  it('accepts tabs, form feeds and line endings as text', () => {
    expect(binaryReason(utf8('a\tb\r\nc\fd\n'))).toBeNull();
  });
});

describe('binary data past the head of a file', () => {
  const clean = utf8(`Original Title: Looks Like Text\nOriginal Content:\n${'Plain words. '.repeat(700)}\n`);

  it.each([
    ['NUL bytes', 0x00, /^binary data from byte \d+ on \(contains NUL bytes\)$/],
    ['control characters', 0x01, /^binary data from byte \d+ on \(mostly control characters\)$/],
  ])('finds %s after 8 KB of clean text', (_name, byte, reason) => {
    expect(clean.length).toBeGreaterThan(8192);
    const file = Uint8Array.from([...clean, ...new Array<number>(100_000).fill(byte)]);
    const decoded = decodeLines(file);
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? '' : decoded.reason).toMatch(reason);
  });

  it('still reads a long text whose last few bytes hold one control character', () => {
    expect(decodeLines(Uint8Array.from([...clean, 0x07, 0x0a])).ok).toBe(true);
  });
});
