/**
 * How much of a chunk of UTF-8 bytes can be decoded on its own: `complete` ends before
 * a character cut at the chunk's end (its bytes come with the next chunk), and `valid`
 * ends at the first byte that is not UTF-8, or equals `complete` when there is none.
 * `isUtf8` is the native check; the byte-by-byte scan runs only on a chunk that fails it.
 */
export function utf8Prefix(bytes: Uint8Array, isUtf8: (bytes: Uint8Array) => boolean): { valid: number; complete: number } {
  const complete = bytes.length - cutCharacter(bytes);
  if (isUtf8(bytes.subarray(0, complete))) return { valid: complete, complete };
  return { valid: firstInvalid(bytes, complete), complete };
}

/** Bytes at the end that start a character without finishing it. */
function cutCharacter(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue;
    const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needs > back ? back : 0;
  }
  return 0;
}

/** Offset of the first byte that does not begin a well-formed character (RFC 3629). */
function firstInvalid(bytes: Uint8Array, end: number): number {
  let i = 0;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
      : b === 0xe0 ? [3, 0xa0, 0xbf]
      : b === 0xed ? [3, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
      : b === 0xf0 ? [4, 0x90, 0xbf]
      : b === 0xf4 ? [4, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf]
      : [0, 0, 0];
    if (length === 0 || i + length > end) return i;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k += 1) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return end;
}

/**
 * Line breaks in `bytes` as the CSV reader counts them (CRLF, LF or a lone CR), given
 * whether the bytes before ended in a CR, whose LF may start these.
 */
export function lineBreaks(bytes: Uint8Array, afterCr: boolean): { breaks: number; endsInCr: boolean } {
  let breaks = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) if (!(i === 0 ? afterCr : bytes[i - 1] === 0x0d)) breaks += 1;
  for (let i = bytes.indexOf(0x0d); i >= 0; i = bytes.indexOf(0x0d, i + 1)) breaks += 1;
  return { breaks, endsInCr: bytes.length > 0 ? bytes[bytes.length - 1] === 0x0d : afterCr };
}
