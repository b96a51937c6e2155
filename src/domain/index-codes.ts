/**
 * Integer columns of the index written as text: each value a fixed number of digits in a
 * 64-letter alphabet. `JSON.parse` reads one long string far faster than an array of
 * 100,000 numbers (about 20 ms against 90 ms for a whole 100,000-incident index), which
 * is most of what the first page waits for.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** Non-negative integers, `width` digits each, concatenated. */
export interface EncodedCodes {
  width: number;
  codes: string;
}

/** The fewest digits that write every value, at least one. */
function widthFor(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  let width = 1;
  while (64 ** width <= max) width += 1;
  return width;
}

const ALPHABET_BYTES = Uint8Array.from(ALPHABET, (letter) => letter.charCodeAt(0));
/** The alphabet is ASCII, which UTF-8 reads byte for byte. */
const asciiText = new TextDecoder();

export function encodeCodes(values: ArrayLike<number>): EncodedCodes {
  const width = widthFor(values);
  // Written as bytes and read as text once: a string per value cost more than the digits.
  const bytes = new Uint8Array(values.length * width);
  for (let i = 0; i < values.length; i++) {
    let value = values[i];
    for (let d = (i + 1) * width - 1; d >= i * width; d--) {
      bytes[d] = ALPHABET_BYTES[value % 64];
      value = Math.floor(value / 64);
    }
  }
  return { width, codes: asciiText.decode(bytes) };
}

/** Above this no column value can be: the largest a `Uint32Array` holds. */
const MAX_VALUE = 0xffffffff;

/** An integer column as read back: one byte a value where every value is one digit, when asked for. */
export type CodeArray = Uint8Array | Uint32Array;

/**
 * The values straight into a typed array, or null when the text is not whole values of
 * the alphabet or a value passes 32 bits: a million-row column costs one allocation.
 * `narrow` reads a column of one-digit values into bytes, a quarter of the memory: at a
 * million incidents, writing the fresh memory is much of what reading a column costs.
 */
export function decodeCodes(encoded: EncodedCodes): Uint32Array | null;
export function decodeCodes(encoded: EncodedCodes, narrow: true): CodeArray | null;
export function decodeCodes({ width, codes }: EncodedCodes, narrow = false): CodeArray | null {
  if (codes.length % width !== 0) return null;
  // Most columns, every facet's among them, are one digit a value: read without the digit loop.
  if (width === 1) {
    const values = narrow ? new Uint8Array(codes.length) : new Uint32Array(codes.length);
    for (let i = 0; i < values.length; i++) {
      const code = codes.charCodeAt(i);
      const digit = code < 128 ? DIGIT[code] : -1;
      if (digit < 0) return null;
      values[i] = digit;
    }
    return values;
  }
  const values = new Uint32Array(codes.length / width);
  for (let i = 0, at = 0; i < values.length; i++) {
    let value = 0;
    for (let d = 0; d < width; d++, at++) {
      const code = codes.charCodeAt(at);
      const digit = code < 128 ? DIGIT[code] : -1;
      if (digit < 0) return null;
      value = value * 64 + digit;
    }
    if (value > MAX_VALUE) return null;
    values[i] = value;
  }
  return values;
}
