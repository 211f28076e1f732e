import { isJwt } from '../jwt';

/**
 * Guesses about what a cookie value is, without ever showing it. Used to tell an identifier or a credential
 * (long, random) from a flag, a language code, a timestamp or a JSON blob.
 */

// 16 characters is 64 bits of hex, 96 of base64: the shortest session id OWASP would accept carries 64 bits of entropy
// (OWASP Session Management Cheat Sheet, "Session ID Entropy").
const MIN_ID_LENGTH = 16;
// Random hex has ~4 bits/char of Shannon entropy, base64 ~6; words and repeated characters fall well below 3.
const MIN_BITS_PER_CHAR = 3;
const MIN_DISTINCT_CHARS = 8;
// The characters session ids, signed tokens and their percent-encodings are made of; no spaces, quotes or braces.
const TOKEN_CHARS = /^[A-Za-z0-9+/=_.%~:|!*-]+$/;

/** Shannon entropy of the string's characters, in bits per character. */
export function bitsPerChar(text: string): number {
  const counts = new Map<string, number>();
  const chars = [...text];
  for (const ch of chars) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / chars.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function unquote(value: string): string {
  const v = value.trim();
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
}

/** Long, random-looking, token-shaped: an identifier, a session id, a signed token, or a JWT. */
export function looksRandom(value: string): boolean {
  const v = unquote(value);
  if (v.length < MIN_ID_LENGTH) return false;
  if (isJwt(v)) return true;
  if (!TOKEN_CHARS.test(v)) return false;
  // Bare timestamps, counters and version strings are structured, not random. (Prefixed ids such as "GA1.2.<n>.<t>"
  // or "fb.1.<t>.<n>" do pass: they are visitor identifiers, which is what the tracking rules look for.)
  if (/^[\d.:-]+$/.test(v)) return false;
  if (new Set(v).size < MIN_DISTINCT_CHARS) return false;
  return bitsPerChar(v) >= MIN_BITS_PER_CHAR;
}

/** UTF-8 length of a string, counted by hand so lone surrogates count as the 3 bytes U+FFFD they become. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}
