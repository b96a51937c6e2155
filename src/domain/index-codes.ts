/**
 * Integer columns of a JSON file written as text (the terms' codes): each value a fixed
 * number of digits in a 64-letter alphabet. `JSON.parse` reads one long string far
 * faster than an array of 100,000 numbers.
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

/**
 * The values straight into a typed array, or null when the text is not whole values of
 * the alphabet or a value passes 32 bits: a million-value column costs one allocation.
 */
export function decodeCodes({ width, codes }: EncodedCodes): Uint32Array | null {
  if (codes.length % width !== 0) return null;
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
