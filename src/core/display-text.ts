/**
 * The one display sanitiser: every cookie name, domain and path shown to a person (popup, reports, terminal table,
 * rule messages) goes through {@link displayText}. Sites and imported files choose these strings freely, so a
 * character that is invisible, moves text around or ends a line is written out as a visible `\uXXXX` escape instead
 * of being rendered: a name cannot hide in zero width, disguise itself with a bidi override (Trojan Source,
 * CVE-2021-42574), break a line-based layout or carry a terminal escape sequence.
 */

/** What a name that is empty or only white space is shown as, in the popup and in every report. */
export const EMPTY_NAME = '(empty name)';

/**
 * Code points with no visible glyph of their own or that reorder text around them. Sources: Unicode general
 * categories Cc (controls) and Cf (format: bidi marks, zero-width characters, BOM, tag characters), Zl/Zp
 * (U+2028/2029 end a line in JavaScript and in many viewers), the default-ignorable code points of Unicode's
 * DerivedCoreProperties.txt (variation selectors, Hangul fillers, Mongolian selectors), and lone surrogates.
 */
export function isInvisible(code: number): boolean {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  if (code < 0xad) return false;
  return (
    code === 0xad ||
    code === 0x34f ||
    code === 0x61c ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    (code >= 0x180b && code <= 0x180f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0x3164 ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff ||
    code === 0xffa0 ||
    (code >= 0xfff0 && code <= 0xfffb) ||
    (code >= 0x1bca0 && code <= 0x1bca3) ||
    (code >= 0x1d173 && code <= 0x1d17a) ||
    (code >= 0xe0000 && code <= 0xe0fff)
  );
}

/** `\u202e`, or `\u{e0041}` past the Basic Multilingual Plane (the JavaScript spellings). */
function escapeCodePoint(code: number): string {
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text with every invisible, bidi or line-breaking character written as a visible escape; other text unchanged. */
export function displayText(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isInvisible(code)) {
      out += text.slice(start, i) + escapeCodePoint(code);
      start = i + width;
    }
    i += width - 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/** A cookie name for display: {@link EMPTY_NAME} (or the caller's translation of it) when blank, else displayText. */
export function displayName(name: string, placeholder: string = EMPTY_NAME): string {
  return /^\s*$/.test(name) ? placeholder : displayText(name);
}
