import { tldtsLibrary } from './libraries/tldts';
import type { Cookie, Party } from './types';

/** Strip the leading dot Chrome puts on Domain cookies and lower-case. */
export function cookieHost(domain: string): string {
  return (domain.startsWith('.') ? domain.slice(1) : domain).toLowerCase();
}

/**
 * The registrable domain (eTLD+1) of a host, from the Public Suffix List via tldts.
 * IP addresses, `localhost` and hosts that are themselves public suffixes have no registrable domain:
 * for those the host itself is the site.
 */
export function siteOf(host: string): string {
  let s = siteMemo.get(host);
  if (s === undefined) {
    s = computeSite(host);
    if (siteMemo.size >= SITE_MEMO_LIMIT) siteMemo.clear();
    siteMemo.set(host, s);
  }
  return s;
}

/**
 * Parsing the Public Suffix List is the costly part of attributing a cookie, and a profile has few distinct cookie
 * domains: every caller (events, views, rules, the classifier) shares one bounded memo of the answers.
 */
const SITE_MEMO_LIMIT = 10_000;
const siteMemo = new Map<string, string>();

function computeSite(host: string): string {
  const h = cookieHost(host).replace(/^\[|\]$/g, '');
  if (h === '') return '';
  try {
    const info = tldtsLibrary().parse(h, { allowPrivateDomains: true });
    if (info.isIp) return h;
    return info.domain ?? tldtsLibrary().getDomain(h) ?? h;
  } catch {
    return '';
  }
}

export function isIpHost(host: string): boolean {
  return tldtsLibrary().parse(cookieHost(host).replace(/^\[|\]$/g, '')).isIp === true;
}

/** Whether `host` is a public suffix (e.g. "co.uk", "github.io"): a cookie may never be set for it. */
export function isPublicSuffix(host: string): boolean {
  const h = cookieHost(host);
  const info = tldtsLibrary().parse(h, { allowPrivateDomains: true });
  return !info.isIp && info.domain === null && info.publicSuffix === h && h.includes('.');
}

/** Hostname of a URL, lower-cased, or '' when it has none (about:blank, chrome://newtab is 'newtab'). */
export function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return tldtsLibrary().getHostname(url) ?? '';
  }
}

/** First party when the cookie's registrable domain is the page's registrable domain. */
export function partyOf(cookie: Pick<Cookie, 'domain'>, pageSite: string): Party {
  return siteOf(cookie.domain) === pageSite ? 'first' : 'third';
}

/** `host` equals `domain` or is a subdomain of it ("a.b.example.com" is within "example.com"). */
export function isWithin(host: string, domain: string): boolean {
  const h = cookieHost(host);
  const d = cookieHost(domain);
  return h === d || h.endsWith(`.${d}`);
}

/**
 * The site a cookie belongs to, where a person met it: a partitioned cookie to the top-level site it is keyed to, and
 * under Firefox's first-party isolation a cookie to its firstPartyDomain (the site it was set under: a tracker's
 * copy set on site-a.test is site-a's).
 */
export function siteOfCookie(c: Pick<Cookie, 'domain' | 'partitionKey' | 'firstPartyDomain'>): string {
  const top = c.partitionKey?.topLevelSite;
  if (top) return siteOf(hostOfUrl(top));
  if (c.firstPartyDomain) return c.firstPartyDomain;
  return siteOf(cookieHost(c.domain));
}
