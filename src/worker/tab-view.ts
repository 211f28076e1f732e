import { type CookieQuery, getCookies, storeIdForTab } from '../browser/cookies';
import { getActiveTab, getTab, type TabInfo } from '../browser/tabs';
import { auditSite } from '../core/audit';
import { cookieKey } from '../core/cookie-match';
import type { TabView } from '../core/messages';
import { cookieHost, hostOfUrl, isWithin, siteOf } from '../core/party';
import { applyJarSnapshot } from '../core/site-history';
import {
  blockedAttempts,
  contactedSites,
  indexTraffic,
  newTabRecord,
  observationsFor,
  type TabRecord,
} from '../core/tab-record';
import type { Cookie, Observation } from '../core/types';
import { notePrivacy, settings, sites, storeFor, updateSite } from './state';
import { cachedView, rememberView, viewStamp } from './view-cache';

/** The record of a tab, made fresh from the tab's URL when the worker has none (a page opened before install). */
export async function recordFor(tab: TabInfo): Promise<TabRecord> {
  notePrivacy(tab.id, tab.incognito);
  const store = await storeFor(tab.id);
  const map = await store.read();
  const rec = map[String(tab.id)];
  // Same page, or the same site after a history.pushState: the record still describes it.
  if (rec && (rec.url === tab.url || rec.site === siteOf(hostOfUrl(tab.url)))) return { ...rec, url: tab.url };
  const fresh = newTabRecord(tab.url, Date.now(), tab.incognito);
  await store.update((m) => {
    m[String(tab.id)] = fresh;
  });
  return fresh;
}

function unsupportedMessage(url: string): string {
  // Without the "tabs" permission a browser page's URL is hidden from extensions: '' means one of those.
  if (url === '') return 'This is a browser page or a new tab: it has no cookies. Open a website to audit it.';
  if (url.startsWith('chrome://newtab') || url === 'about:newtab' || url === 'about:blank')
    return 'This is a new or blank tab: it has no cookies. Open a website to audit it.';
  if (url.startsWith('file:')) return 'Local files cannot hold cookies.';
  if (/^(chrome|edge|about|moz-extension|chrome-extension|devtools|view-source):/.test(url))
    return 'Browser pages cannot hold cookies, and extensions may not read them.';
  return 'This page is not a website, so it has no cookies to audit.';
}

export interface TabJar {
  tab: TabInfo;
  record: TabRecord;
  /** Cookies that belong to the tab, each with how it was seen. */
  cookies: Cookie[];
  observations: Map<string, Observation[]>;
  /** Every cookie looked at (for blocked-attempt detection). */
  looked: Cookie[];
}

/** Collects the cookies of a tab: the page's own site, the third parties it talked to, and its partition. */
export async function collectTabJar(tab: TabInfo): Promise<TabJar> {
  const record = await recordFor(tab);
  // Firefox names every tab's store (containers each have their own); Chrome only needs asking for incognito tabs.
  const storeId = tab.cookieStoreId ?? (tab.incognito ? await storeIdForTab(tab.id) : undefined);
  const base: CookieQuery = storeId ? { storeId } : {};
  const site = record.site;
  const protocol = (() => {
    try {
      return new URL(tab.url).protocol;
    } catch {
      return 'https:';
    }
  })();
  const queries: CookieQuery[] = [
    { ...base, url: tab.url },
    { ...base, domain: site },
    // CHIPS cookies are left out of getAll unless a partition key is given (toolchain notes, trap 2).
    { ...base, partitionKey: { topLevelSite: `${protocol}//${site}` } },
  ];
  for (const other of contactedSites(record)) if (other !== site) queries.push({ ...base, domain: other });
  const results = await Promise.all(queries.map((q) => getCookies(q).catch(() => [] as Cookie[])));
  const byKey = new Map<string, Cookie>();
  for (const list of results) for (const c of list) byKey.set(cookieKey(c), c);
  const looked = [...byKey.values()];
  const cookies: Cookie[] = [];
  const observations = new Map<string, Observation[]>();
  const traffic = indexTraffic(record);
  for (const c of looked) {
    const partitionedHere =
      c.partitionKey?.topLevelSite !== undefined && siteOf(hostOfUrl(c.partitionKey.topLevelSite)) === site;
    if (c.partitionKey?.topLevelSite !== undefined && !partitionedHere) continue;
    const firstParty = isWithin(cookieHost(c.domain), site);
    const obs = observationsFor(record, c, traffic);
    if (!firstParty && !partitionedHere && !obs.some((o) => o !== 'jar')) continue;
    cookies.push(c);
    observations.set(cookieKey(c), obs.length > 0 ? obs : ['jar']);
  }
  return { tab, record, cookies, observations, looked };
}

export async function resolveTab(tabId?: number): Promise<TabInfo | null> {
  return tabId === undefined ? getActiveTab() : getTab(tabId);
}

export async function buildTabView(tabId?: number): Promise<TabView> {
  const tab = await resolveTab(tabId);
  if (!tab) {
    return {
      kind: 'no-tab',
      tabId: tabId ?? -1,
      url: '',
      title: '',
      incognito: false,
      message: 'No tab to audit. Open a website, then open Cookie Auditor again.',
    };
  }
  const cached = cachedView(tab.id, tab.url, Date.now());
  if (cached) return cached;
  const startedAt = viewStamp(tab.id);
  const view: TabView = { kind: 'ok', tabId: tab.id, url: tab.url, title: tab.title, incognito: tab.incognito };
  if (!/^https?:/i.test(tab.url) || hostOfUrl(tab.url) === '') {
    return { ...view, kind: 'unsupported', message: unsupportedMessage(tab.url) };
  }
  try {
    const jar = await collectTabJar(tab);
    const audit = auditSite(jar.cookies, {
      pageUrl: tab.url,
      settings: await settings.read(),
      blocked: blockedAttempts(jar.record, jar.looked),
      observations: jar.observations,
    });
    view.audit = audit;
    if (!tab.incognito) {
      const firstParty = jar.cookies.filter((c) => siteOf(cookieHost(c.domain)) === audit.site);
      void updateSite(audit.site, (map) => applyJarSnapshot(map, audit.site, firstParty, Date.now()));
      // The history decorates the view; never make the popup wait for it to load from disk.
      const history = sites.peek(audit.site);
      if (history) {
        view.history = {};
        for (const c of audit.cookies) {
          const h = history.cookies[`${c.cookie.name}|${c.cookie.domain}|${c.cookie.path}`];
          if (h) view.history[c.id] = { firstSeen: h.firstSeen, changes: h.changes };
        }
      }
    }
    rememberView(view, Date.now(), startedAt);
    return view;
  } catch (error) {
    return {
      ...view,
      kind: 'error',
      message: `Could not read this tab's cookies: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
