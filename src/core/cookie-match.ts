import { cookieHost, hostOfUrl, isWithin, siteOf } from './party';
import type { Cookie } from './types';

/** RFC 6265bis §5.1.3 domain-match: host-only cookies need the exact host, Domain cookies the host or a subdomain. */
export function domainMatches(cookie: Pick<Cookie, 'domain' | 'hostOnly'>, host: string): boolean {
  const d = cookieHost(cookie.domain);
  const h = host.toLowerCase();
  return cookie.hostOnly ? h === d : isWithin(h, d);
}

/** RFC 6265bis §5.1.4 path-match. */
export function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (cookiePath === requestPath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

/** The browser would send this cookie with a request to `url` (ignoring SameSite and expiry). */
export function cookieAppliesToUrl(cookie: Cookie, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (cookie.secure && u.protocol !== 'https:' && !isLocalhost(u.hostname)) return false;
  return domainMatches(cookie, u.hostname.toLowerCase()) && pathMatches(cookie.path || '/', u.pathname || '/');
}

/** Chrome treats http://localhost as a secure context, so it stores and sends Secure cookies there. */
export function isLocalhost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]';
}

/**
 * The cookies that belong to a page: every cookie the page's URL would receive, plus every cookie of the page's
 * registrable domain and its subdomains (a site's inventory, not only what this path sees).
 */
export function cookiesForPage(cookies: readonly Cookie[], pageUrl: string): Cookie[] {
  const host = hostOfUrl(pageUrl);
  if (host === '') return [];
  const site = siteOf(host);
  return cookies.filter((c) => cookieAppliesToUrl(c, pageUrl) || isWithin(cookieHost(c.domain), site));
}

/** Stable identity of a cookie in the browser's jar: name, domain, path and partition make it unique. */
export function cookieKey(c: Pick<Cookie, 'name' | 'domain' | 'path' | 'partitionKey' | 'storeId'>): string {
  const partition = c.partitionKey?.topLevelSite ?? '';
  return `${c.name}|${c.domain}|${c.path}|${partition}|${c.storeId}`;
}
