import type { SourceRange } from '../core/diagnostic.js';

/**
 * The text of a file's bytes (Zeichenkodierung): UTF-8 (a byte order mark
 * is dropped), or UTF-16 when a byte order mark says so (Windows Notepad's
 * "Unicode"). Anything else is not decoded: `where` is the position of the
 * first bad byte, so the user can find it, and `reason` tells a
 * Latin-1/Windows-1252 file from UTF-16 without a byte order mark, UTF-32
 * (by its byte order mark, at its start), and broken UTF-16: an odd number
 * of bytes (at the byte left over) or half a surrogate pair (at it).
 *
 * @example
 * ```ts
 * const r: DecodedText = decodeText(Buffer.from('kind: program\n'));
 * ```
 */
export type DecodedText =
  | { ok: true; text: string }
  | { ok: false; reason: 'not-utf8' | 'utf16-without-bom' | 'utf32' | 'utf16-odd-length' | 'utf16-lone-surrogate'; where: SourceRange };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file's bytes strictly, so a Latin-1 file is reported instead of
 * read as garbled text.
 *
 * @example
 * ```ts
 * import { decodeText } from './text-encoding.js';
 * decodeText(Buffer.from([0x61, 0x0a, 0x62, 0xe4])); // { ok: false, reason: 'not-utf8', where: { line: 2, column: 2, endLine: 2, endColumn: 3 } }
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  // UTF-32's byte order marks first: FF FE 00 00 also starts like UTF-16LE's.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    return { ok: false, reason: 'utf32', where: { line: 1, column: 1, endLine: 1, endColumn: 2 } };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  // NUL never occurs in YAML or JSON text; it means UTF-16 saved without a byte order mark (or not text at all).
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: 'utf16-without-bom', where: positionOf(bytes, nul) };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8', where: positionOf(bytes, firstInvalidByte(bytes)) };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  // The units after the byte order mark; an odd last byte is no unit at all.
  const units = (bytes.length - 2) >> 1;
  const little = encoding === 'utf-16le';
  const unit = (i: number): number => (little ? bytes[2 + 2 * i]! | (bytes[3 + 2 * i]! << 8) : (bytes[2 + 2 * i]! << 8) | bytes[3 + 2 * i]!);
  for (let i = 0; i < units; i++) {
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) continue;
    // A high surrogate needs a low one right after it; a low one never stands first.
    if (u <= 0xdbff && i + 1 < units) {
      const next = unit(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return { ok: false, reason: 'utf16-lone-surrogate', where: unitPosition(bytes, encoding, i) };
  }
  if (bytes.length % 2 === 1) return { ok: false, reason: 'utf16-odd-length', where: unitPosition(bytes, encoding, units) };
  // The decoder drops the byte order mark itself.
  return { ok: true, text: new TextDecoder(encoding).decode(bytes) };
}

/** Line and column of the UTF-16 unit `index` (after the byte order mark), counted in the text before it. */
function unitPosition(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', index: number): SourceRange {
  const before = new TextDecoder(encoding).decode(bytes.subarray(0, 2 + 2 * index));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    // LF, CRLF and a lone CR, as positions elsewhere count lines.
    if (c === 10 || (c === 13 && before.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = before.length - lineStart + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += n + 1;
  }
  return Math.max(0, bytes.length - 1);
}

/** Line and column (in characters of the valid text before it) of a byte offset. */
function positionOf(bytes: Uint8Array, offset: number): SourceRange {
  // lastIndexOf with a negative start would search from the end.
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '');
  const column = before.length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}
