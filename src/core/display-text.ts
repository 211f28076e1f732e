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
 * Code points with no visible glyph of their own or that reorder text around them, by Unicode property, so a new
 * Unicode version's additions are covered by the engine's tables rather than a hand-kept list (which had missed 29
 * Cf code points: U+0600–0605, U+08E2, the Egyptian hieroglyph format controls…). Sources (UAX #44): general
 * categories Cc (controls), Cf (format: bidi marks, zero-width characters, BOM, tag characters), Cs (a lone
 * surrogate), Zl/Zp (U+2028/2029 end a line in JavaScript and in many viewers); Default_Ignorable_Code_Point
 * (DerivedCoreProperties.txt: variation selectors, Hangul fillers, Mongolian selectors); Bidi_Control (UAX #9 §2,
 * all Cf today, named so the Trojan Source characters stay covered whatever Cf becomes).
 */
const INVISIBLE_CLASS = String.raw`[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]`;
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'u');
const INVISIBLE_ALL = new RegExp(INVISIBLE_CLASS, 'gu');

export function isInvisible(code: number): boolean {
  // Printable ASCII is nearly every character of every cookie name: answer it without building a string.
  if (code >= 0x20 && code < 0x7f) return false;
  return INVISIBLE.test(String.fromCodePoint(code));
}

/** `\u202e`, or `\u{e0041}` past the Basic Multilingual Plane (the JavaScript spellings). */
function escapeCodePoint(code: number): string {
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text with every invisible, bidi or line-breaking character written as a visible escape; other text unchanged. */
export function displayText(text: string): string {
  // One scan by the regex engine for the common case, a name with nothing to escape; the `u` flag matches a
  // surrogate pair as one code point and a lone surrogate as \p{Cs}.
  if (!INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLE_ALL, (ch) => escapeCodePoint(ch.codePointAt(0) ?? 0));
}

/** A cookie name for display: {@link EMPTY_NAME} (or the caller's translation of it) when blank, else displayText. */
export function displayName(name: string, placeholder: string = EMPTY_NAME): string {
  return /^\s*$/.test(name) ? placeholder : displayText(name);
}
