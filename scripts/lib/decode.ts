/**
 * Turning bytes into text, with a reason when they are not text. UTF-8 with or without
 * a byte-order mark is normal input; UTF-16 is accepted when it says so with its BOM.
 */
import { Buffer, isAscii, isUtf8 } from 'node:buffer';
import { inputLines } from './parse-result';

export type Decoded = { ok: true; lines: string[] } | { ok: false; reason: string };

/** Bytes judged together to tell text from binary data. */
const SNIFF_BYTES = 8192;
/** Control characters other than NUL, tab, LF, FF and CR: text has few, binary data many. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_BYTES = /[\x01-\x08\x0b\x0e-\x1f]/g;

/** The encoding a byte-order mark announces; UTF-8 when there is none. */
export function sniffEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Where bytes stop looking like text, and why. */
export interface BinaryStretch {
  /** 0-based offset of the first block that is not text. */
  at: number;
  what: 'contains NUL bytes' | 'mostly control characters';
}

const controlShare = (block: Uint8Array): number => {
  // Read as Latin-1, one character per byte, the bytes are counted by the regex engine, far faster than a loop.
  const chars = Buffer.from(block.buffer, block.byteOffset, block.byteLength).toString('latin1');
  return block.length === 0 ? 0 : (chars.match(CONTROL_BYTES)?.length ?? 0) / block.length;
};

/**
 * The first stretch of UTF-8 `bytes` that is binary data, or null when all of it looks
 * like text: a NUL byte anywhere, or an 8 KB block where more than a tenth of the bytes
 * are control characters. The whole input is checked, not its head: a file can be text
 * for a page and binary for a hundred megabytes after it.
 */
export function binaryStretch(bytes: Uint8Array): BinaryStretch | null {
  const nul = bytes.indexOf(0);
  const end = nul < 0 ? bytes.length : nul;
  // Blocks up to the one holding the first NUL, which names the stretch itself.
  for (let start = 0; start < end && (nul < 0 || start + SNIFF_BYTES <= nul); start += SNIFF_BYTES) {
    // The last block is the last 8 KB, so a short tail is not judged on a few bytes.
    const from = Math.max(0, Math.min(start, bytes.length - SNIFF_BYTES));
    if (controlShare(bytes.subarray(from, from + SNIFF_BYTES)) > 0.1) return { at: from, what: 'mostly control characters' };
  }
  return nul < 0 ? null : { at: nul, what: 'contains NUL bytes' };
}

/**
 * Why a file is not text, or null when it looks like text (see `binaryStretch`). UTF-16
 * with a BOM legitimately has NUL bytes, so it is not checked this way.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  if (sniffEncoding(bytes) !== 'utf-8') return null;
  const stretch = binaryStretch(bytes);
  if (stretch === null) return null;
  return stretch.at < SNIFF_BYTES ? `binary data (${stretch.what})` : `binary data from byte ${stretch.at + 1} on (${stretch.what})`;
}

/** A streaming decoder for the encoding announced by `head`; it drops the BOM. */
export function textDecoderFor(head: Uint8Array): TextDecoder {
  return new TextDecoder(sniffEncoding(head), { fatal: true, ignoreBOM: false });
}

export const hasUtf8Bom = (bytes: Uint8Array): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * The text of `bytes` in `encoding`, or null when they are not valid in it. UTF-8 is
 * checked and decoded natively, several times faster than a fatal `TextDecoder`.
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

const LF = 0x0a;
const CR = 0x0d;

/**
 * Valid UTF-8 without a CR, decoded a line at a time. ASCII has nothing to widen, so it
 * is decoded whole and split, which is far faster for a file of millions of short lines.
 */
function utf8Lines(bytes: Uint8Array): string[] | null {
  if (!isUtf8(bytes)) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return buffer.toString('latin1').split('\n');
  const lines: string[] = [];
  let start = hasUtf8Bom(bytes) ? 3 : 0;
  for (let end = buffer.indexOf(LF, start); end >= 0; end = buffer.indexOf(LF, start)) {
    lines.push(buffer.toString('utf8', start, end));
    start = end + 1;
  }
  lines.push(buffer.toString('utf8', start));
  return lines;
}

/**
 * The lines of a whole file, split as `inputLines` splits them, or why it cannot be read
 * as text. UTF-8 with LF endings, nearly every input, is decoded a line at a time: V8
 * stores a whole string at two bytes per character once one character needs it, so one
 * curly quote in a page decoded whole would double the size of every line, and the
 * time to scan and serialize it.
 */
export function decodeLines(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  const encoding = sniffEncoding(bytes);
  let lines: string[] | null;
  if (encoding === 'utf-8' && bytes.indexOf(CR) < 0) lines = utf8Lines(bytes);
  else {
    const text = decodeAs(encoding, bytes);
    lines = text === null ? null : inputLines(text);
  }
  if (lines === null) return { ok: false, reason: `not valid ${encoding.toUpperCase()} text (unreadable encoding)` };
  if (!lines.some((line) => /\S/.test(line))) return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, lines };
}
