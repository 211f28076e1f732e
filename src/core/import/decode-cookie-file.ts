import { CookieFileError } from './cookie-file-error';

/**
 * The text of a cookie file from its bytes. UTF-8 (with or without a BOM) is the norm; UTF-16 is what Windows
 * tools (PowerShell's `>` before 7, Notepad's "Unicode") write, so it is decoded rather than misread as a broken
 * Netscape file: with its byte order mark (FF FE / FE FF, Unicode §23.8), or without one when the first bytes
 * alternate ASCII and NUL. Any other NUL byte means the file is not text at all.
 */
export function decodeCookieFile(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decode('utf-16be', bytes.subarray(2));
  const nul = bytes.indexOf(0);
  if (nul < 0) return decode('utf-8', bytes);
  const bomless = looksLikeUtf16(bytes);
  if (bomless) return decode(bomless, bytes);
  throw new CookieFileError(`the file is binary (a NUL byte at offset ${nul}), not a cookie file`);
}

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  // ignoreBOM: false strips a UTF-8 BOM; malformed sequences become U+FFFD rather than failing the whole file.
  return new TextDecoder(encoding).decode(bytes);
}

/** UTF-16 without a BOM: in the first 64 bytes of ASCII-range text every other byte is NUL. */
function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 2) return null;
  let le = true;
  let be = true;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i] as number;
    const odd = bytes[i + 1] as number;
    if (!(even !== 0 && odd === 0)) le = false;
    if (!(even === 0 && odd !== 0)) be = false;
  }
  return le ? 'utf-16le' : be ? 'utf-16be' : null;
}
