import { cookieHost } from '../party';
import type { Cookie, SameSite } from '../types';
import { clip } from './plain-text';

/** The placeholder that stands for the cookie's value: a fix never repeats the real value. */
export const VALUE_PLACEHOLDER = '<value>';

/** What a fix changes; everything else is rendered as the cookie has it now. */
export interface SetCookieOverrides {
  name?: string;
  /** A domain renders `Domain=`; null drops it (host-only). */
  domain?: string | null;
  path?: string;
  secure?: boolean;
  httpOnly?: boolean;
  sameSite?: SameSite;
  /** Seconds for `Max-Age`, or 'session' to drop the expiry. Default: the cookie's own `Expires`. */
  maxAge?: number | 'session';
  partitioned?: boolean;
}

const SAME_SITE: Record<SameSite, string | null> = {
  no_restriction: 'None',
  lax: 'Lax',
  strict: 'Strict',
  // Chrome treats an absent SameSite as Lax; render nothing rather than invent a value.
  unspecified: null,
};

function startsWithPrefix(name: string, prefix: string): boolean {
  // RFC 6265bis §4.1.3: prefixes are matched case-insensitively by current browsers.
  return name.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase();
}

/**
 * Renders `Set-Cookie: name=<value>; Domain=…; Path=…; Expires=…; Secure; HttpOnly; SameSite=…; Partitioned`.
 * Never a line the browser would reject: SameSite=None, Partitioned and the `__Secure-`/`__Host-` prefixes get
 * Secure (Chrome drops SameSite=None without Secure; CHIPS requires it), and `__Host-` gets Path=/ and no Domain
 * (RFC 6265bis §4.1.3). Names, domains and paths are made printable and clipped, because they come from the site.
 */
export function setCookieLine(cookie: Cookie, overrides: SetCookieOverrides = {}): string {
  const name = overrides.name ?? cookie.name;
  const hostPrefix = startsWithPrefix(name, '__Host-');
  const sameSite = SAME_SITE[overrides.sameSite ?? cookie.sameSite];
  let domain = overrides.domain === undefined ? (cookie.hostOnly ? null : cookieHost(cookie.domain)) : overrides.domain;
  let path = overrides.path ?? (cookie.path || '/');
  let secure = overrides.secure ?? cookie.secure;
  const partitioned = overrides.partitioned ?? cookie.partitionKey?.topLevelSite !== undefined;

  if (sameSite === 'None' || partitioned || hostPrefix || startsWithPrefix(name, '__Secure-')) secure = true;
  if (hostPrefix) {
    domain = null;
    path = '/';
  }

  const parts = [`${clip(name)}=${VALUE_PLACEHOLDER}`];
  if (domain) parts.push(`Domain=${clip(domain)}`);
  parts.push(`Path=${clip(path)}`);
  const expiry = expiryAttribute(cookie, overrides.maxAge);
  if (expiry) parts.push(expiry);
  if (secure) parts.push('Secure');
  if (overrides.httpOnly ?? cookie.httpOnly) parts.push('HttpOnly');
  if (sameSite) parts.push(`SameSite=${sameSite}`);
  if (partitioned) parts.push('Partitioned');
  return `Set-Cookie: ${parts.join('; ')}`;
}

function expiryAttribute(cookie: Cookie, maxAge: SetCookieOverrides['maxAge']): string | null {
  if (maxAge === 'session') return null;
  if (typeof maxAge === 'number') return `Max-Age=${Math.max(0, Math.floor(maxAge))}`;
  if (cookie.session || cookie.expirationDate === undefined) return null;
  const date = new Date(cookie.expirationDate * 1000);
  // toUTCString gives the IMF-fixdate the Expires attribute wants (RFC 9110 §5.6.7); an out-of-range date gives none.
  return Number.isNaN(date.getTime()) ? null : `Expires=${date.toUTCString()}`;
}

/**
 * {@link setCookieLine} for an audited cookie: the line its server should send. A cookie the browser partitioned by
 * itself (Firefox's Total Cookie Protection, observedVia 'partitioned-by-browser') did not arrive with
 * `Partitioned`, so the fix does not add it; a rule that asks for CHIPS says so with `partitioned: true`.
 */
export function serverSetCookieLine(
  c: { cookie: Cookie; observedVia?: readonly string[] },
  overrides: SetCookieOverrides = {},
): string {
  const byBrowser = overrides.partitioned === undefined && c.observedVia?.includes('partitioned-by-browser') === true;
  return setCookieLine(c.cookie, byBrowser ? { ...overrides, partitioned: false } : overrides);
}
