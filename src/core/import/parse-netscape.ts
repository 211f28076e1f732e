import { displayText } from '../display-text';
import type { Cookie } from '../types';
import { canonicalDomain } from './canonical-domain';
import { CookieFileError } from './cookie-file-error';
import { parseExpiry } from './expiry';

const HTTP_ONLY_PREFIX = '#HttpOnly_';
const FIELDS = 'domain, includeSubdomains, path, secure, expiry, name, value';

/**
 * Cookies from a Netscape cookies.txt (the format of curl, wget and the "cookies.txt" browser extensions): one cookie
 * per line, seven tab-separated fields (FIELDS). `#HttpOnly_` before the domain marks an HttpOnly cookie (curl's
 * extension); other lines starting with `#` and blank lines are skipped; expiry 0 means a session cookie. The format
 * has no SameSite, so every cookie reads as "unspecified".
 */
export function parseNetscapeCookies(text: string, maxCookies: number): Cookie[] {
  const cookies: Cookie[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    const lineNo = i + 1;
    if (line.trim() === '') continue;
    let httpOnly = false;
    if (line.startsWith(HTTP_ONLY_PREFIX)) {
      httpOnly = true;
      line = line.slice(HTTP_ONLY_PREFIX.length);
    } else if (line.trimStart().startsWith('#')) continue;

    if (cookies.length >= maxCookies) {
      throw new CookieFileError(`more than ${maxCookies} cookies; at most ${maxCookies} are read at once`, {
        format: 'netscape',
        line: lineNo,
      });
    }
    cookies.push(parseLine(line, httpOnly, lineNo));
  }
  return cookies;
}

function parseLine(line: string, httpOnly: boolean, lineNo: number): Cookie {
  const fail = (reason: string) => new CookieFileError(reason, { format: 'netscape', line: lineNo });
  const fields = line.split('\t');
  if (fields.length < 6) {
    const hint = fields.length === 1 && / \S/.test(line) ? ' (fields must be separated by tabs, not spaces)' : '';
    throw fail(`expected 7 tab-separated fields (${FIELDS}), found ${fields.length}${hint}`);
  }
  // Some writers drop the trailing empty value; a value containing tabs is kept whole.
  const [rawDomain, flag, path, secure, expiry, name] = fields as [string, string, string, string, string, string];
  const value = fields.slice(6).join('\t');

  if (rawDomain.trim() === '') throw fail('the domain (field 1) is empty');
  const canonical = canonicalDomain(rawDomain);
  if ('refused' in canonical) throw fail(`the domain (field 1) "${clipText(rawDomain)}" ${canonical.refused}`);
  const { domain } = canonical;
  const includeSubdomains = bool(flag, 'includeSubdomains (field 2)', fail);
  const isSecure = bool(secure, 'secure (field 4)', fail);
  const parsed = parseExpiry(expiry);
  if (!parsed.ok) {
    throw fail(
      `expiry (field 5) must be ${parsed.reason} (0 for a session cookie), found "${clipText(expiry.trim())}"`,
    );
  }
  const expirationDate = parsed.seconds;
  const session = expirationDate === 0;

  const cookie: Cookie = {
    name,
    value,
    // chrome.cookies writes Domain cookies with a leading dot and host-only ones without: follow the flag.
    domain: includeSubdomains ? (domain.startsWith('.') ? domain : `.${domain}`) : domain.replace(/^\.+/, ''),
    hostOnly: !includeSubdomains,
    path: path === '' ? '/' : path,
    secure: isSecure,
    httpOnly,
    sameSite: 'unspecified',
    session,
    storeId: '0',
  };
  if (!session) cookie.expirationDate = expirationDate;
  return cookie;
}

function bool(text: string, field: string, fail: (reason: string) => CookieFileError): boolean {
  const t = text.trim().toUpperCase();
  if (t === 'TRUE') return true;
  if (t === 'FALSE') return false;
  throw fail(`${field} must be TRUE or FALSE, found "${clipText(text)}"`);
}

function clipText(text: string): string {
  return displayText(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
