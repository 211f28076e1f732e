/**
 * Size caps for text copied out of a cookie (names, domains, paths, values): one home for clipping, so every
 * format cuts the same way and marks the cut the same way.
 */

export interface ClipLimits {
  /** Most characters (Unicode code points) kept, the ellipsis included. */
  chars?: number;
  /** Most UTF-8 bytes kept, the ellipsis included. */
  bytes?: number;
}

/** The marker a clipped string ends with. */
export const ELLIPSIS = '…';

/**
 * Caps a string at a number of code points and/or UTF-8 bytes, ending a clipped string with an ellipsis.
 * Cuts only between code points, so a surrogate pair is never split into two lone halves.
 */
export function clip(text: string, limits: ClipLimits): string {
  const maxChars = limits.chars ?? Number.POSITIVE_INFINITY;
  const maxBytes = limits.bytes ?? Number.POSITIVE_INFINITY;
  // Fast path: a string this short fits whatever its content (a UTF-16 unit is at most 3 UTF-8 bytes).
  if (text.length <= maxChars && text.length * 3 <= maxBytes) return text;
  if (codePointCount(text) <= maxChars && utf8Length(text) <= maxBytes) return text;
  const charBudget = maxChars - 1;
  const byteBudget = maxBytes - utf8Length(ELLIPSIS);
  let chars = 0;
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (chars + 1 > charBudget || bytes + size > byteBudget) break;
    chars += 1;
    bytes += size;
    end += ch.length;
  }
  return text.slice(0, end) + ELLIPSIS;
}

function codePointCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Length in UTF-8 bytes (what counts toward a browser's 4096-byte cookie limit, RFC 6265bis §5.6). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
