import { type CookieIdentity, cookieKey } from '../../core/cookie-key';
import { storedBytes } from '../../core/stored-bytes';
import { urlWithoutQuery } from '../../core/url-without-query';

export const SITE_HISTORY_VERSION = 2;

/**
 * Limits of the per-site history in storage.local (10 MB in all, shared with settings): 1,000 sites averaging 6 KB
 * fit in `totalBytes` with room to spare; one site may hold up to 400 cookies (Chrome keeps 180 per domain) within
 * `siteBytes`, so a hostile site cannot crowd out the others.
 */
export const SITE_HISTORY_LIMITS = Object.freeze({
  sites: 1000,
  cookiesPerSite: 400,
  siteBytes: 48 * 1024,
  totalBytes: 6 * 1024 * 1024,
  nameChars: 256,
  domainChars: 253,
  pathChars: 256,
  urlChars: 512,
} as const);

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
  v: typeof SITE_HISTORY_VERSION;
  site: string;
  firstSeen: number;
  lastSeen: number;
  /** Last time a tab showed a page of this site. */
  lastVisit?: number;
  /** Scheme, host and path of that page: the query and fragment can hold tokens. */
  lastUrl?: string;
  /** By cookie key (store, name, domain, path and partition). */
  cookies: Record<string, CookieHistory>;
  /** Cookie entries dropped to stay within the limits. */
  dropped: number;
}

export type ChangeCause = 'explicit' | 'overwrite' | 'expired' | 'evicted' | 'expired_overwrite';

export function newSiteHistory(site: string, now: number): SiteHistory {
  // No prototype: cookie keys are data, never Object.prototype's own names.
  return { v: SITE_HISTORY_VERSION, site, firstSeen: now, lastSeen: now, cookies: Object.create(null), dropped: 0 };
}

/** A history read back from storage, or null when it is not one (then the site starts over). */
export function validSiteHistory(raw: unknown): SiteHistory | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const h = raw as Partial<SiteHistory>;
  if (h.v !== SITE_HISTORY_VERSION || typeof h.site !== 'string' || typeof h.cookies !== 'object' || !h.cookies) {
    return null;
  }
  const cookies = Object.assign(Object.create(null), h.cookies) as Record<string, CookieHistory>;
  return { ...(h as SiteHistory), cookies, dropped: typeof h.dropped === 'number' ? h.dropped : 0 };
}

function clipped(c: CookieIdentity): CookieIdentity {
  return {
    ...c,
    name: c.name.slice(0, SITE_HISTORY_LIMITS.nameChars),
    domain: c.domain.slice(0, SITE_HISTORY_LIMITS.domainChars),
    path: c.path.slice(0, SITE_HISTORY_LIMITS.pathChars),
  };
}

function entryFor(h: SiteHistory, cookie: CookieIdentity, now: number): CookieHistory {
  const c = clipped(cookie);
  const key = cookieKey(c);
  let entry = h.cookies[key];
  if (!entry) {
    entry = {
      name: c.name,
      domain: c.domain,
      path: c.path,
      firstSeen: now,
      lastChanged: now,
      changes: 0,
      present: false,
    };
    h.cookies[key] = entry;
  }
  return entry;
}

/**
 * Applies one `cookies.onChanged` event to the cookie's site. An overwrite arrives as a removal (cause "overwrite")
 * followed by an insertion: only the insertion counts as a change, so a rewrite counts once.
 */
export function applyCookieChange(
  h: SiteHistory,
  change: { cookie: CookieIdentity; removed: boolean; cause: ChangeCause | string },
  now: number,
): void {
  h.lastSeen = now;
  if (change.removed && change.cause === 'overwrite' && !h.cookies[cookieKey(clipped(change.cookie))]) return;
  const entry = entryFor(h, change.cookie, now);
  if (change.removed) {
    if (change.cause !== 'overwrite') {
      entry.present = false;
      entry.lastRemovalCause = change.cause;
      entry.lastChanged = now;
    }
  } else {
    entry.present = true;
    entry.changes += 1;
    entry.lastChanged = now;
  }
  capCookies(h);
}

/** Records the cookies found in the jar for a site (first sighting of cookies set before the extension ran). */
export function applyJarSnapshot(h: SiteHistory, cookies: readonly CookieIdentity[], now: number): void {
  h.lastSeen = now;
  for (const c of cookies) entryFor(h, c, now).present = true;
  capCookies(h);
}

export function noteVisit(h: SiteHistory, url: string, now: number): void {
  h.lastSeen = now;
  h.lastVisit = now;
  h.lastUrl = urlWithoutQuery(url, SITE_HISTORY_LIMITS.urlChars);
}

/** The entry of one cookie, if the site's history has it. */
export function cookieHistory(h: SiteHistory | undefined, cookie: CookieIdentity): CookieHistory | undefined {
  return h?.cookies[cookieKey(clipped(cookie))];
}

/** Least useful first: cookies no longer present, then the ones unchanged the longest. */
function rank(h: CookieHistory): number {
  return (h.present ? 1e15 : 0) + h.lastChanged;
}

function dropLeastUseful(h: SiteHistory, count: number): void {
  const keys = Object.keys(h.cookies).sort((a, b) => rank(h.cookies[a]!) - rank(h.cookies[b]!));
  for (const k of keys.slice(0, count)) delete h.cookies[k];
  h.dropped += Math.min(count, keys.length);
}

function capCookies(h: SiteHistory): void {
  const over = Object.keys(h.cookies).length - SITE_HISTORY_LIMITS.cookiesPerSite;
  // Down to 90 % of the cap, so a site adding cookies one by one does not sort its history on every event.
  if (over > 0) dropLeastUseful(h, over + Math.floor(SITE_HISTORY_LIMITS.cookiesPerSite / 10));
}

/** Trims a site's history to `budget` bytes as stored, least useful cookies first, counting them in `dropped`. */
export function fitSiteHistory(h: SiteHistory, budget: number, key = ''): SiteHistory {
  let bytes = storedBytes(key, h);
  while (bytes > budget && Object.keys(h.cookies).length > 0) {
    const n = Object.keys(h.cookies).length;
    // Drop in proportion to the overshoot (at least one) instead of one at a time.
    dropLeastUseful(h, Math.max(1, Math.ceil((n * (bytes - budget)) / bytes)));
    bytes = storedBytes(key, h);
  }
  return h;
}
