/**
 * Strict UTF-8 decoding. Node's default decoding turns bad bytes into U+FFFD silently, so a schema
 * saved as Latin-1 or UTF-16 would be checked as something other than what producers read.
 */

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type DecodeResult =
  | { text: string }
  | { error: { offset: number; line: number; column: number; utf16: boolean } };

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return { error: { offset, line, column, utf16 } };
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629 §4). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const b1 = bytes[i + 1]!;
    // overlong 3- and 4-byte forms, UTF-16 surrogates and code points above U+10FFFF
    if (
      (b === 0xe0 && b1 < 0xa0) ||
      (b === 0xed && b1 > 0x9f) ||
      (b === 0xf0 && b1 < 0x90) ||
      (b === 0xf4 && b1 > 0x8f)
    )
      return i;
    i += length;
  }
  return bytes.length;
}
