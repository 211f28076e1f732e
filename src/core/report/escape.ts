import { displayText } from '../display-text';

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

/**
 * Escapes text for a GitHub-flavoured Markdown table cell or inline text. Line breaks would end the table row and
 * `|` would split the cell, so both are neutralised; `<`, `>` and `&` become entities so no raw HTML reaches the
 * renderer; the remaining inline markers (emphasis, code, links, strike-through, math) are backslash-escaped
 * (CommonMark §2.4: any ASCII punctuation may be escaped). A leading character that would open a block construct
 * (heading, quote, list item, setext underline, ordered list "1.") is escaped too, unless the caller says the text
 * comes after other text on its line (`lineStart: false`).
 */
export function escapeMarkdown(text: string, options: { lineStart?: boolean } = {}): string {
  const escaped = displayText(text)
    .replace(/[\\`*_[\]|~$!]/g, '\\$&')
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c);
  if (options.lineStart === false) return escaped;
  // An ordered-list marker is 1-9 digits then "." or ")" then a space or the end (CommonMark §5.2): "127.0.0.1" is none.
  return escaped.replace(/^(\s*)([#>+=-]|\d{1,9}(?=[.)](\s|$)))/, (_m, space: string, lead: string) =>
    /^\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
  );
}

/**
 * OWASP "CSV Injection": a spreadsheet treats a cell that starts with = + - @ as a formula, and Excel, LibreOffice
 * and Sheets skip or trim leading white space and control characters before they look (a leading tab, CR, LF, NUL,
 * space, NBSP or U+3000 ideographic space all let "=cmd" through). So the test looks past every such character;
 * prefixing a single quote makes the cell plain text in all three. The full-width forms are included because some
 * spreadsheets normalise them to ASCII before evaluating.
 */
const SKIPPED_BEFORE_FORMULA = /^[\s\p{Cc}\p{Cf}\p{Z}]+/u;
const FORMULA_CHARS = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseFormula(cell: string): string {
  const rest = cell.replace(SKIPPED_BEFORE_FORMULA, '');
  // A leading tab or CR is on OWASP's list by itself: some importers treat it as a cell separator.
  return FORMULA_CHARS.test(rest) || /^[\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * One CSV field: control, bidi and invisible characters made visible (as in every other text format), then
 * formula-neutralised, then quoted when RFC 4180 §2.6 requires it (a comma, a double quote, CR or LF inside) with
 * inner quotes doubled (§2.7). The neutralising quote goes inside the field, so it survives parsing.
 */
export function csvField(value: string | number | boolean): string {
  const text = typeof value === 'string' ? neutraliseFormula(displayText(value)) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, terminated by CRLF (RFC 4180 §2.1). */
export function csvRecord(fields: readonly (string | number | boolean)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
