import { describe, expect, it } from 'vitest';
import { binaryReason, decodeText, sniffEncoding } from '../../../scripts/lib/decode';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark the same way', () => {
    const plain = decodeText(utf8('Incident: café\r\n'));
    const withBom = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Incident: café\r\n')]));
    expect(plain).toEqual({ ok: true, text: 'Incident: café\r\n' });
    expect(withBom).toEqual(plain);
  });

  it('reads UTF-16 announced by its byte-order mark', () => {
    const le = [0xff, 0xfe, ...[...'Hi é'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    expect(decodeText(Uint8Array.from(le))).toEqual({ ok: true, text: 'Hi é' });
  });

  it.each([
    ['an empty file', bytes(), 'empty file'],
    ['a whitespace-only file', utf8(' \n\t\r\n'), 'empty file (only whitespace)'],
    ['binary data with NUL bytes', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), 'binary data (contains NUL bytes)'],
    ['control characters', bytes(...Array.from({ length: 100 }, (_, i) => (i % 2 ? 0x01 : 0x41))), 'binary data (mostly control characters)'],
    ['invalid UTF-8', bytes(0x41, 0xc3, 0x28, 0x42), 'not valid UTF-8 text (unreadable encoding)'],
    ['Latin-1 text', bytes(...utf8('caf'), 0xe9, 0x0a), 'not valid UTF-8 text (unreadable encoding)'],
  ])('rejects %s with a reason', (_name, input, reason) => {
    expect(decodeText(input)).toEqual({ ok: false, reason });
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
