import { cookieHost, isWithin } from './party';
import type { Cookie } from './types';

/** RFC 6265bis §5.1.3 domain-match: host-only cookies need the exact host, Domain cookies the host or a subdomain. */
export function domainMatches(cookie: Pick<Cookie, 'domain' | 'hostOnly'>, host: string): boolean {
  const d = cookieHost(cookie.domain);
  const h = host.toLowerCase();
  return cookie.hostOnly ? h === d : isWithin(h, d);
}

/** Chrome treats http://localhost as a secure context, so it stores and sends Secure cookies there. */
export function isLocalhost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]';
}
