/**
 * Turning bytes into text, with a reason when they are not text. UTF-8 with or without
 * a byte-order mark is normal input; UTF-16 is accepted when it says so with its BOM.
 */
import { Buffer, isUtf8 } from 'node:buffer';

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Bytes inspected to tell text from binary data. */
const SNIFF_BYTES = 8192;

/** The encoding a byte-order mark announces; UTF-8 when there is none. */
export function sniffEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Why the start of a file is not text, or null when it looks like text. A NUL byte or a
 * high share of control characters in the first 8 KB marks binary data; UTF-16 with a
 * BOM legitimately has NUL bytes, so it is not sniffed this way.
 */
export function binaryReason(head: Uint8Array): string | null {
  if (sniffEncoding(head) !== 'utf-8') return null;
  const sample = head.subarray(0, SNIFF_BYTES);
  if (sample.indexOf(0) >= 0) return 'binary data (contains NUL bytes)';
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const byte = sample[i];
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.1 ? 'binary data (mostly control characters)' : null;
}

/** A streaming decoder for the encoding announced by `head`; it drops the BOM. */
export function textDecoderFor(head: Uint8Array): TextDecoder {
  return new TextDecoder(sniffEncoding(head), { fatal: true, ignoreBOM: false });
}

const hasUtf8Bom = (bytes: Uint8Array): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * The text of `bytes` in the encoding `head` announces, or null when they are not valid
 * in it. UTF-8, nearly every input, is checked and decoded natively, several times
 * faster than a fatal `TextDecoder`.
 */
function decodeAs(encoding: ReturnType<typeof sniffEncoding>, bytes: Uint8Array): string | null {
  if (encoding === 'utf-8') {
    if (!isUtf8(bytes)) return null;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', hasUtf8Bom(bytes) ? 3 : 0);
  }
  try {
    return textDecoderFor(bytes).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes a whole file, or says why it cannot be read as text. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  const encoding = sniffEncoding(bytes);
  const text = decodeAs(encoding, bytes);
  if (text === null) return { ok: false, reason: `not valid ${encoding.toUpperCase()} text (unreadable encoding)` };
  if (!/\S/.test(text)) return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}
