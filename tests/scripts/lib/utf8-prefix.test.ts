import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputLines } from '../../../scripts/lib/parse-result';
import { lineBreaks, utf8Prefix } from '../../../scripts/lib/utf8-prefix';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('utf8Prefix', () => {
  it('decodes a chunk up to a character cut at its end, wherever the cut falls', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), (text, at) => {
        const bytes = utf8(text);
        const cut = bytes.subarray(0, at % (bytes.length + 1));
        const { valid, complete } = utf8Prefix(cut, isUtf8);
        expect(valid).toBe(complete);
        expect(new TextDecoder().decode(cut.subarray(0, complete))).toBe(new TextDecoder().decode(cut, { stream: true }));
      }),
    );
  });

  it('finds the first byte that is not UTF-8, whatever follows it', () => {
    const invalid = fc.constantFrom([0xff], [0xc0, 0x80], [0xe9, 0x41], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80], [0x80]);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), invalid, fc.string(), (before, bad, after) => {
        const bytes = Uint8Array.from([...utf8(before), ...bad, ...utf8(after)]);
        expect(utf8Prefix(bytes, isUtf8).valid).toBe(utf8(before).length);
      }),
    );
  });
});

describe('lineBreaks', () => {
  it('counts lines as the parsers split them, however the bytes are cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', '\n', '\r', '\r\n')), fc.nat(), (pieces, at) => {
        const bytes = utf8(pieces.join(''));
        const split = at % (bytes.length + 1);
        const first = lineBreaks(bytes.subarray(0, split), false);
        const second = lineBreaks(bytes.subarray(split), first.endsInCr);
        expect(first.breaks + second.breaks).toBe(inputLines(pieces.join('')).length - 1);
      }),
    );
  });
});
