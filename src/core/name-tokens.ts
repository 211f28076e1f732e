/**
 * Splits a cookie name into lower-case word tokens: "_hjSessionUser_123" → ["hj", "session", "user", "123"],
 * "XSRF-TOKEN" → ["xsrf", "token"], "cookieConsentV2" → ["cookie", "consent", "v", "2"].
 * Boundaries: any non-alphanumeric character, a lower→upper case change, an UPPER→Upper-lower change ("HTMLParser"
 * → "html", "parser") and a letter↔digit change.
 */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  let start = -1;
  const n = name.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? name.charCodeAt(i) : 0;
    const kind = charKind(c);
    if (kind === 0) {
      if (start >= 0) out.push(name.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      continue;
    }
    const prev = charKind(name.charCodeAt(i - 1));
    const next = i + 1 < n ? charKind(name.charCodeAt(i + 1)) : 0;
    const split =
      (prev === LOWER && kind === UPPER) ||
      (prev === UPPER && kind === UPPER && next === LOWER) ||
      (prev === DIGIT) !== (kind === DIGIT);
    if (split) {
      out.push(name.slice(start, i).toLowerCase());
      start = i;
    }
  }
  return out;
}

const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

function charKind(c: number): number {
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 48 && c <= 57) return DIGIT;
  return 0;
}
