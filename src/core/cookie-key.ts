import type { Cookie } from './types';

/**
 * The one identity of a cookie in a browser's jar, used by tab records, views, site history, deletion and reports.
 * RFC 6265bis §5.7 makes name, domain and path unique within a store; CHIPS adds the partition (top-level site and
 * whether a cross-site ancestor was in the frame chain), so `sid` unpartitioned, `sid` partitioned under the site and
 * `sid` partitioned with a cross-site ancestor are three cookies. Firefox's first-party isolation keys each cookie to
 * a first-party domain as well: it is a seventh element, present only when set, so other keys are unchanged.
 * A JSON array, so no name can forge a separator.
 */
export type CookieKey = string & { readonly __cookieKey: true };

export type CookieIdentity = Pick<Cookie, 'name' | 'domain' | 'path'> &
  Partial<Pick<Cookie, 'storeId' | 'partitionKey' | 'firstPartyDomain'>>;

export function cookieKey(c: CookieIdentity): CookieKey {
  const site = c.partitionKey?.topLevelSite ?? '';
  const crossSite = site !== '' && c.partitionKey?.hasCrossSiteAncestor === true ? 1 : 0;
  const parts: (string | number)[] = [c.storeId ?? '', c.name, c.domain, c.path, site, crossSite];
  if (c.firstPartyDomain) parts.push(c.firstPartyDomain);
  return JSON.stringify(parts) as CookieKey;
}

export interface ParsedCookieKey {
  storeId: string;
  name: string;
  domain: string;
  path: string;
  topLevelSite: string;
  hasCrossSiteAncestor: boolean;
  /** Firefox first-party isolation only. */
  firstPartyDomain?: string;
}

/** The parts of a key, or null for text that is not one. */
export function parseCookieKey(key: string): ParsedCookieKey | null {
  try {
    const v: unknown = JSON.parse(key);
    if (!Array.isArray(v) || (v.length !== 6 && v.length !== 7)) return null;
    if (!v.slice(0, 5).every((x) => typeof x === 'string') || (v.length === 7 && typeof v[6] !== 'string')) return null;
    const [storeId, name, domain, path, topLevelSite, cross, fpd] = v as [
      string,
      string,
      string,
      string,
      string,
      unknown,
      string | undefined,
    ];
    const parsed: ParsedCookieKey = { storeId, name, domain, path, topLevelSite, hasCrossSiteAncestor: cross === 1 };
    if (fpd) parsed.firstPartyDomain = fpd;
    return parsed;
  } catch {
    return null;
  }
}
