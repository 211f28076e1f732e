import { cookieHost, siteOf } from './party';
import type { Cookie } from './types';

export const SITE_HISTORY_VERSION = 1;
/** Sites kept before the least recently touched are evicted (by the worker's store), and cookies kept per site (Chrome caps a domain at 180). */
export const SITE_HISTORY_LIMITS = { sites: 1000, cookiesPerSite: 400 } as const;

export interface CookieHistory {
  name: string;
  domain: string;
  path: string;
  /** ms since the epoch. */
  firstSeen: number;
  lastChanged: number;
  /** Number of times the cookie was written (set, overwritten, refreshed). */
  changes: number;
  present: boolean;
  /** Why it last left the jar: "explicit", "expired", "evicted", "overwrite", "expired_overwrite". */
  lastRemovalCause?: string;
}

export interface SiteHistory {
  site: string;
  firstSeen: number;
  lastSeen: number;
  /** Last time a tab showed a page of this site. */
  lastVisit?: number;
  lastUrl?: string;
  cookies: Record<string, CookieHistory>;
}

export type SiteHistoryMap = Record<string, SiteHistory>;

export type ChangeCause = 'explicit' | 'overwrite' | 'expired' | 'evicted' | 'expired_overwrite';

function historyKey(c: Pick<Cookie, 'name' | 'domain' | 'path'>): string {
  return `${c.name}|${c.domain}|${c.path}`;
}

function siteEntry(map: SiteHistoryMap, site: string, now: number): SiteHistory {
  let entry = map[site];
  if (!entry) {
    entry = { site, firstSeen: now, lastSeen: now, cookies: {} };
    map[site] = entry;
  }
  entry.lastSeen = now;
  return entry;
}

/**
 * Applies one `cookies.onChanged` event. An overwrite arrives as a removal (cause "overwrite") followed by an
 * insertion: only the insertion counts as a change, so a rewrite counts once.
 */
export function applyCookieChange(
  map: SiteHistoryMap,
  change: { cookie: Pick<Cookie, 'name' | 'domain' | 'path'>; removed: boolean; cause: ChangeCause | string },
  now: number,
): void {
  const site = siteOf(cookieHost(change.cookie.domain));
  if (!site) return;
  const entry = siteEntry(map, site, now);
  const key = historyKey(change.cookie);
  let h = entry.cookies[key];
  if (!h) {
    if (change.removed && change.cause === 'overwrite') return;
    h = {
      name: change.cookie.name.slice(0, 256),
      domain: change.cookie.domain,
      path: change.cookie.path,
      firstSeen: now,
      lastChanged: now,
      changes: 0,
      present: false,
    };
    entry.cookies[key] = h;
    capCookies(entry);
  }
  if (change.removed) {
    if (change.cause !== 'overwrite') {
      h.present = false;
      h.lastRemovalCause = change.cause;
      h.lastChanged = now;
    }
    return;
  }
  h.present = true;
  h.changes += 1;
  h.lastChanged = now;
}

/** Records the cookies found in the jar for a site (first sighting of cookies set before the extension ran). */
export function applyJarSnapshot(map: SiteHistoryMap, site: string, cookies: readonly Cookie[], now: number): void {
  if (!site) return;
  const entry = siteEntry(map, site, now);
  for (const c of cookies) {
    const key = historyKey(c);
    const h = entry.cookies[key];
    if (h) h.present = true;
    else {
      entry.cookies[key] = {
        name: c.name.slice(0, 256),
        domain: c.domain,
        path: c.path,
        firstSeen: now,
        lastChanged: now,
        changes: 0,
        present: true,
      };
    }
  }
  capCookies(entry);
}

export function noteVisit(map: SiteHistoryMap, site: string, url: string, now: number): void {
  if (!site) return;
  const entry = siteEntry(map, site, now);
  entry.lastVisit = now;
  entry.lastUrl = url.slice(0, 2048);
}

function capCookies(entry: SiteHistory): void {
  const keys = Object.keys(entry.cookies);
  if (keys.length <= SITE_HISTORY_LIMITS.cookiesPerSite) return;
  // Drop cookies no longer present first, then the ones unchanged the longest.
  keys.sort((a, b) => rank(entry.cookies[a]!) - rank(entry.cookies[b]!));
  for (const k of keys.slice(0, keys.length - SITE_HISTORY_LIMITS.cookiesPerSite)) delete entry.cookies[k];
}

function rank(h: CookieHistory): number {
  return (h.present ? 1e15 : 0) + h.lastChanged;
}
