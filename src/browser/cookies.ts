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
  // Firefox only; '' for cookies set without first-party isolation.
  if (c.firstPartyDomain) out.firstPartyDomain = c.firstPartyDomain;
  return out;
}

/**
 * Firefox's cookies API takes `firstPartyDomain`; with first-party isolation on (privacy.firstparty.isolate) getAll
 * and remove throw unless it is given, and `null` asks for every first-party domain
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/cookies/getAll). Chrome rejects the unknown
 * key. So ask the API once, with the key, for a domain that cannot hold cookies.
 */
let firstPartyDomainKnown: Promise<boolean> | undefined;
export function supportsFirstPartyDomain(): Promise<boolean> {
  firstPartyDomainKnown ??= (async () => {
    // Inside an async function a synchronous schema error (Firefox, Chrome without the polyfill) also lands in catch.
    await browser.cookies.getAll({ domain: 'cookie-auditor.invalid', firstPartyDomain: null });
    return true;
  })().catch(() => false);
  return firstPartyDomainKnown;
}

export async function getCookies(query: CookieQuery): Promise<Cookie[]> {
  const details = { ...query } as Cookies.GetAllDetailsType;
  if (await supportsFirstPartyDomain()) details.firstPartyDomain = null;
  try {
    const list = await browser.cookies.getAll(details);
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
  // Under first-party isolation Firefox acts only on the cookie of the first-party domain given ('' = none).
  const firstParty = (await supportsFirstPartyDomain()) ? { firstPartyDomain: c.firstPartyDomain ?? '' } : {};
  if (!c.partitionKey?.topLevelSite) {
    const removed = await browser.cookies.remove({
      url: cookieUrl(c),
      name: c.name,
      storeId: c.storeId,
      ...firstParty,
    });
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
    ...firstParty,
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

/**
 * The cookie store a tab uses (incognito tabs have their own; in Firefox each container too). Firefox tabs carry
 * it as `cookieStoreId` (see tabs.ts): this is for Chrome, whose tabs do not.
 */
export async function storeIdForTab(tabId: number): Promise<string | undefined> {
  const stores = await browser.cookies.getAllCookieStores();
  return stores.find((s) => s.tabIds.includes(tabId))?.id;
}
