import type { Cookie, PartitionKey } from '../types';
import { canonicalDomain } from './canonical-domain';
import { CookieFileError } from './cookie-file-error';
import { parseExpiry } from './expiry';
import { jsonErrorOffset, lineColumn } from './json-error-offset';
import { normaliseSameSite } from './same-site';

/**
 * Cookies from JSON: an array shaped like chrome.cookies.Cookie (Cookie-Editor's and most extensions' export), or an
 * object holding such an array under `cookies`. Missing optional fields get the browser's defaults; a present field
 * of the wrong type is an error naming the cookie's index and the field.
 */
export function parseJsonCookies(text: string, maxCookies: number): Cookie[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw syntaxError(text, e);
  }
  const list = cookieArray(data);
  if (list.length > maxCookies) {
    throw new CookieFileError(`the file holds ${list.length} cookies; at most ${maxCookies} are read at once`, {
      format: 'json',
    });
  }
  return list.map((raw, index) => toCookie(raw, index));
}

function syntaxError(text: string, e: unknown): CookieFileError {
  // V8 quotes the start of the text in some messages: drop the quote (it may hold a cookie value) and the offset.
  const detail = (e instanceof Error ? e.message : String(e))
    .replace(/, .*is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ in JSON$/, '');
  const offset = jsonErrorOffset(text);
  if (offset < 0) return new CookieFileError(`not valid JSON: ${detail}`, { format: 'json' });
  const { line, column } = lineColumn(text, offset);
  return new CookieFileError(`not valid JSON: ${detail}`, { format: 'json', line, column });
}

function cookieArray(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (isRecord(data) && Array.isArray(data.cookies)) return data.cookies;
  throw new CookieFileError('expected a JSON array of cookies, or an object with a "cookies" array', {
    format: 'json',
  });
}

function toCookie(raw: unknown, index: number): Cookie {
  if (!isRecord(raw))
    throw new CookieFileError(`expected a cookie object, found ${describe(raw)}`, { format: 'json', index });
  const bad = (field: string, expected: string): CookieFileError =>
    new CookieFileError(`expected ${expected}, found ${describe(raw[field])}`, { format: 'json', index, field });

  const str = (field: string, fallback?: string): string => {
    const v = raw[field];
    if (typeof v === 'string') return v;
    if ((v === undefined || v === null) && fallback !== undefined) return fallback;
    throw bad(field, fallback === undefined ? 'a string' : 'a string or nothing');
  };
  const bool = (field: string, fallback: boolean): boolean => {
    const v = raw[field];
    if (typeof v === 'boolean') return v;
    if (v === undefined || v === null) return fallback;
    throw bad(field, 'true or false');
  };

  const name = str('name');
  const rawDomain = str('domain');
  if (rawDomain.trim() === '') throw bad('domain', 'a host name');
  const canonical = canonicalDomain(rawDomain);
  if ('refused' in canonical) {
    // A length refusal says the length: the value itself may be a megabyte, and describe() shows 40 characters.
    if (!canonical.tooLong) throw bad('domain', 'a host name a browser would store');
    throw new CookieFileError(`the domain ${canonical.refused}`, { format: 'json', index, field: 'domain' });
  }
  const { domain } = canonical;
  const value = str('value', '');

  const expiry = raw.expirationDate;
  let expirationDate: number | undefined;
  if (typeof expiry === 'number' || typeof expiry === 'string') {
    const parsed = parseExpiry(expiry);
    if (!parsed.ok) throw bad('expirationDate', parsed.reason);
    expirationDate = parsed.seconds;
  } else if (expiry !== undefined && expiry !== null) throw bad('expirationDate', 'seconds since the epoch');

  // chrome.cookies gives session cookies no expirationDate; a file that disagrees is read the way Chrome would.
  const session = bool('session', expirationDate === undefined) || expirationDate === undefined;

  const sameSite = normaliseSameSite(raw.sameSite);
  if (sameSite === undefined)
    throw bad('sameSite', 'one of no_restriction, lax, strict, unspecified, None, Lax, Strict');

  const cookie: Cookie = {
    name,
    value,
    domain,
    // A leading dot marks a Domain cookie (RFC 6265 §5.2.3 keeps the dot in legacy stores); no dot, host-only.
    hostOnly: bool('hostOnly', !domain.startsWith('.')),
    path: str('path', '/') || '/',
    secure: bool('secure', false),
    httpOnly: bool('httpOnly', false),
    sameSite,
    session,
    storeId: str('storeId', '0'),
  };
  if (!session && expirationDate !== undefined) cookie.expirationDate = expirationDate;
  const partitionKey = toPartitionKey(raw.partitionKey);
  if (partitionKey === null) throw bad('partitionKey', 'an object with a "topLevelSite" string');
  if (partitionKey) cookie.partitionKey = partitionKey;
  return cookie;
}

/** undefined when absent, null when malformed. */
function toPartitionKey(raw: unknown): PartitionKey | undefined | null {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) return null;
  const key: PartitionKey = {};
  if (raw.topLevelSite !== undefined) {
    if (typeof raw.topLevelSite !== 'string') return null;
    key.topLevelSite = raw.topLevelSite;
  }
  if (typeof raw.hasCrossSiteAncestor === 'boolean') key.hasCrossSiteAncestor = raw.hasCrossSiteAncestor;
  return key;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
