/**
 * Cookie names, domains and paths are hostile input: a site (or an imported file) chooses them freely.
 * Messages are rendered as text, but control characters and bidi overrides can still garble or disguise a line,
 * and a 4 KB name would drown the popup. Everything from a cookie goes through here before it reaches a message.
 */

/** Names in messages are clipped to this many characters (long enough for real names such as wordpress_logged_in_…). */
export const MAX_NAME_CHARS = 80;

// C0 and C1 controls, DEL, and the Unicode bidi embedding/override/isolate marks (Trojan Source, CVE-2021-42574).
function isUnsafe(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    // Lone surrogates: not text at all.
    (code >= 0xd800 && code <= 0xdfff)
  );
}

/** Makes a string safe to show as one line of text: unsafe characters become visible `\uXXXX` escapes. */
export function printable(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += isUnsafe(code) ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}

/** Printable and at most `max` characters (code points), with an ellipsis when cut. */
export function clip(text: string, max = MAX_NAME_CHARS): string {
  const safe = printable(text);
  const chars = [...safe];
  return chars.length <= max ? safe : `${chars.slice(0, max - 1).join('')}…`;
}

/** A cookie name as it appears in a message: quoted, clipped, printable. */
export function quoteName(name: string): string {
  return `"${clip(name)}"`;
}

/**
 * "1 cookie", "3 cookies", "4,096 bytes". Grouped by hand: toLocaleString's first call loads ICU number formatting,
 * over 100 ms on a loaded machine, paid by every freshly started worker whose audit has such a finding.
 */
export function count(n: number, noun: string): string {
  const digits = Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n);
  return `${digits} ${noun}${n === 1 ? '' : 's'}`;
}
