import type { Cookie, SameSite } from '../../core/types';

/** A cookie as CDP's Storage.getCookies returns it (the fields we read). */
export interface CdpCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  session: boolean;
  sameSite?: 'Strict' | 'Lax' | 'None';
  partitionKey?: { topLevelSite: string; hasCrossSiteAncestor: boolean };
}

const SAME_SITE: Record<string, SameSite> = { Strict: 'strict', Lax: 'lax', None: 'no_restriction' };

/** CDP's cookie in the shape of chrome.cookies.Cookie, which the core reads. A leading dot marks a Domain cookie. */
export function cookieFromCdp(c: CdpCookie): Cookie {
  const cookie: Cookie = {
    name: c.name,
    value: c.value,
    domain: c.domain,
    hostOnly: !c.domain.startsWith('.'),
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: (c.sameSite && SAME_SITE[c.sameSite]) ?? 'unspecified',
    session: c.session,
    storeId: '0',
  };
  if (!c.session && c.expires > 0) cookie.expirationDate = c.expires;
  if (c.partitionKey) {
    cookie.partitionKey = {
      topLevelSite: c.partitionKey.topLevelSite,
      hasCrossSiteAncestor: c.partitionKey.hasCrossSiteAncestor,
    };
  }
  return cookie;
}
