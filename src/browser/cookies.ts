import browser, { type Cookies } from 'webextension-polyfill';
import type { Cookie, SameSite } from '../core/types';
import type { CookieChange, CookieQuery } from '../worker/ports';

const SAME_SITE: Record<string, SameSite> = { no_restriction: 'no_restriction', lax: 'lax', strict: 'strict' };

/** The browser's cookie, in the core's shape. */
export function toCookie(c: Cookies.Cookie): Cookie {
  const out: Cookie = {
    name: c.name,
    value: c.value,
    domain: c.domain,
    hostOnly: c.hostOnly,
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: SAME_SITE[c.sameSite ?? ''] ?? 'unspecified',
    session: c.session,
    storeId: c.storeId,
  };
  if (c.expirationDate !== undefined) out.expirationDate = c.expirationDate;
  const pk = (c as { partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean } }).partitionKey;
  if (pk?.topLevelSite) out.partitionKey = { ...pk };
  return out;
}

export async function getCookies(query: CookieQuery): Promise<Cookie[]> {
  try {
    const list = await browser.cookies.getAll(query as Cookies.GetAllDetailsType);
    return list.map(toCookie);
  } catch (error) {
    // Browsers without CHIPS support reject partitionKey: ask again without it.
    if (query.partitionKey) return [];
    throw error;
  }
}

/** The URL the cookies API needs to address a cookie: scheme from Secure, host from Domain, the cookie's path. */
function cookieUrl(c: Cookie): string {
  const host = c.domain.startsWith('.') ? c.domain.slice(1) : c.domain;
  return `http${c.secure ? 's' : ''}://${host}${c.path || '/'}`;
}

/**
 * Deletes exactly one cookie. Chromium 156's cookies.remove with a partitionKey also deletes the unpartitioned cookie
 * of the same name (and partitioned twins differing only in hasCrossSiteAncestor), so a partitioned cookie is deleted
 * by overwriting that one cookie (same name, domain, path and partition) with an expiry in the past.
 */
export async function removeCookie(c: Cookie): Promise<boolean> {
  if (!c.partitionKey?.topLevelSite) {
    const removed = await browser.cookies.remove({ url: cookieUrl(c), name: c.name, storeId: c.storeId });
    return removed !== null;
  }
  const details: Cookies.SetDetailsType = {
    url: cookieUrl(c),
    name: c.name,
    value: '',
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    storeId: c.storeId,
    expirationDate: 1,
  };
  if (c.sameSite !== 'unspecified') details.sameSite = c.sameSite;
  if (!c.hostOnly) details.domain = c.domain;
  (details as { partitionKey?: unknown }).partitionKey = {
    topLevelSite: c.partitionKey.topLevelSite,
    hasCrossSiteAncestor: c.partitionKey.hasCrossSiteAncestor === true,
  };
  await browser.cookies.set(details);
  return true;
}

export function onCookieChanged(listener: (change: CookieChange) => void): void {
  browser.cookies.onChanged.addListener((info) => {
    listener({ cookie: toCookie(info.cookie), removed: info.removed, cause: info.cause });
  });
}

/** The cookie store a tab uses (incognito tabs have their own). */
export async function storeIdForTab(tabId: number): Promise<string | undefined> {
  const stores = await browser.cookies.getAllCookieStores();
  return stores.find((s) => s.tabIds.includes(tabId))?.id;
}
