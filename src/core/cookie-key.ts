import type { Cookie } from './types';

/**
 * The one identity of a cookie in a browser's jar, used by tab records, views, site history, deletion and reports.
 * RFC 6265bis §5.7 makes name, domain and path unique within a store; CHIPS adds the partition (top-level site and
 * whether a cross-site ancestor was in the frame chain), so `sid` unpartitioned, `sid` partitioned under the site and
 * `sid` partitioned with a cross-site ancestor are three cookies. A JSON array, so no name can forge a separator.
 */
export type CookieKey = string & { readonly __cookieKey: true };

export type CookieIdentity = Pick<Cookie, 'name' | 'domain' | 'path'> &
  Partial<Pick<Cookie, 'storeId' | 'partitionKey'>>;

export function cookieKey(c: CookieIdentity): CookieKey {
  const site = c.partitionKey?.topLevelSite ?? '';
  const crossSite = site !== '' && c.partitionKey?.hasCrossSiteAncestor === true ? 1 : 0;
  return JSON.stringify([c.storeId ?? '', c.name, c.domain, c.path, site, crossSite]) as CookieKey;
}

export interface ParsedCookieKey {
  storeId: string;
  name: string;
  domain: string;
  path: string;
  topLevelSite: string;
  hasCrossSiteAncestor: boolean;
}

/** The parts of a key, or null for text that is not one. */
export function parseCookieKey(key: string): ParsedCookieKey | null {
  try {
    const v: unknown = JSON.parse(key);
    if (!Array.isArray(v) || v.length !== 6 || !v.slice(0, 5).every((x) => typeof x === 'string')) return null;
    const [storeId, name, domain, path, topLevelSite, cross] = v as [string, string, string, string, string, unknown];
    return { storeId, name, domain, path, topLevelSite, hasCrossSiteAncestor: cross === 1 };
  } catch {
    return null;
  }
}
