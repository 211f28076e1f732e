/**
 * Every escaping rule the reports use, in one place. Cookie names, values and domains come from the sites being
 * audited (or from an imported file), so each of them is hostile until escaped for the format it lands in.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for an HTML element body or a double-quoted attribute value
 * (OWASP XSS Prevention Cheat Sheet, rules 1 and 2: & < > " ' cover both contexts when attributes are quoted).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Same escaping as {@link escapeHtml}; the name says the caller wrapped the attribute in double quotes. */
export const escapeHtmlAttribute = escapeHtml;

/**
 * A URL safe to put in an href: only http(s), normalised by the URL parser. Anything else (javascript:, data:,
 * relative junk) returns null and the caller prints it as text instead of a link.
 */
export function safeHttpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const REPLACEMENT = '\uFFFD';

/**
 * Text as a reader should see it on one line: line breaks and tabs become spaces, other control characters
 * (C0, DEL, C1: terminal escape sequences among them) and bidirectional overrides (the "Trojan Source" trick,
 * CVE-2021-42574) become U+FFFD, so a cookie name can neither break a line-based layout nor disguise itself.
 */
export function visibleText(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const replacement = invisibleReplacement(code);
    if (replacement === null) continue;
    out += text.slice(start, i) + replacement;
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

function invisibleReplacement(code: number): string | null {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return ' ';
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return REPLACEMENT;
  if (code === 0x200e || code === 0x200f || code === 0x061c) return REPLACEMENT;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return REPLACEMENT;
  return null;
}

/**
 * Escapes text for a GitHub-flavoured Markdown table cell or inline text. Line breaks would end the table row and
 * `|` would split the cell, so both are neutralised; `<`, `>` and `&` become entities so no raw HTML reaches the
 * renderer; the remaining inline markers (emphasis, code, links, strike-through, math) are backslash-escaped
 * (CommonMark §2.4: any ASCII punctuation may be escaped). A leading character that would open a block construct
 * (heading, quote, list item, setext underline, ordered list "1.") is escaped too, unless the caller says the text
 * comes after other text on its line (`lineStart: false`).
 */
export function escapeMarkdown(text: string, options: { lineStart?: boolean } = {}): string {
  const escaped = visibleText(text)
    .replace(/[\\`*_[\]|~$!]/g, '\\$&')
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c);
  if (options.lineStart === false) return escaped;
  // An ordered-list marker is 1-9 digits then "." or ")" then a space or the end (CommonMark §5.2): "127.0.0.1" is none.
  return escaped.replace(/^(\s*)([#>+=-]|\d{1,9}(?=[.)](\s|$)))/, (_m, space: string, lead: string) =>
    /^\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
  );
}

/**
 * OWASP "CSV Injection": a spreadsheet treats a cell that starts with = + - @ (or a tab or carriage return, which it
 * skips before looking) as a formula. Prefixing a single quote makes it plain text in Excel, LibreOffice and Sheets.
 * The full-width forms are included because some spreadsheets normalise them to ASCII before evaluating.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * One CSV field: formula-neutralised, then quoted when RFC 4180 §2.6 requires it (a comma, a double quote, CR or LF
 * inside) with inner quotes doubled (§2.7). The neutralising quote goes inside the field, so it survives parsing.
 */
export function csvField(value: string | number | boolean): string {
  const text = neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, terminated by CRLF (RFC 4180 §2.1). */
export function csvRecord(fields: readonly (string | number | boolean)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export interface ClipLimits {
  /** Most characters (Unicode code points) kept, the ellipsis included. */
  chars?: number;
  /** Most UTF-8 bytes kept, the ellipsis included. */
  bytes?: number;
}

const ELLIPSIS = '…';

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
