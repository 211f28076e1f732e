import { localArea, sessionArea } from '../browser/storage';
import { getTab } from '../browser/tabs';
import { PersistedValue } from '../core/persisted-value';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { ShardedStore } from '../core/sharded-store';
import { SITE_HISTORY_LIMITS, SITE_HISTORY_VERSION, type SiteHistory, type SiteHistoryMap } from '../core/site-history';
import { TAB_RECORD_VERSION, type TabRecord } from '../core/tab-record';

export type TabMap = Record<string, TabRecord>;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Tab records of normal windows: storage.session, so a stopped worker picks up where it was. */
export const tabs = new PersistedValue<TabMap>({
  area: sessionArea,
  key: `tabs:v${TAB_RECORD_VERSION}`,
  initial: () => ({}),
  // The bound: no more than one storage write per 200 ms.
  writeDelayMs: 200,
  validate: (raw) => (isObject(raw) ? (raw as TabMap) : null),
});

/** Incognito tabs: memory only, never written anywhere. */
export const privateTabs = new PersistedValue<TabMap>({
  area: null,
  key: 'private-tabs',
  initial: () => ({}),
  writeDelayMs: 0,
  validate: () => null,
});

/**
 * Per-site history across tabs and visits: storage.local, one key per site plus an index, so a worker start reads
 * only the index and a write batch stores only the sites that changed. Least recently touched sites are evicted.
 */
export const sites = new ShardedStore<SiteHistory>({
  area: localArea,
  indexKey: `site-index:v${SITE_HISTORY_VERSION}`,
  prefix: `site:v${SITE_HISTORY_VERSION}:`,
  writeDelayMs: 1000,
  cap: SITE_HISTORY_LIMITS.sites,
  validate: (raw) => (isObject(raw) && isObject(raw.cookies) ? (raw as unknown as SiteHistory) : null),
});

/** Applies a change written for a map of sites (the site-history functions) to one site's shard. */
export function updateSite(site: string, mutate: (map: SiteHistoryMap) => void): Promise<void> {
  if (!site) return Promise.resolve();
  return sites.update(site, (current) => {
    const map: SiteHistoryMap = current ? { [site]: current } : {};
    mutate(map);
    return map[site] ?? null;
  });
}

export const settings = new PersistedValue<Settings>({
  area: localArea,
  key: 'settings:v1',
  initial: () => ({ ...DEFAULT_SETTINGS }),
  writeDelayMs: 0,
  validate: (raw) => (isObject(raw) ? { ...DEFAULT_SETTINGS, ...(raw as Partial<Settings>) } : null),
});

/**
 * Whether each tab is private, asked once per tab (webRequest and webNavigation details do not say). Every event of
 * a tab waits on the same promise, so events keep their order and none of a private tab's reaches storage.
 */
const privacy = new Map<number, Promise<boolean>>();

export function notePrivacy(tabId: number, incognito: boolean): void {
  // Never replace an answer already given (even one still pending): events queued behind the old promise would
  // then run after events that came later, and a tab reset could wipe what the new page did.
  if (!privacy.has(tabId)) privacy.set(tabId, Promise.resolve(incognito));
}

export function forgetPrivacy(tabId: number): void {
  privacy.delete(tabId);
}

export function isPrivateTab(tabId: number): Promise<boolean> {
  let known = privacy.get(tabId);
  if (!known) {
    // A tab we have not seen yet: ask. An unknown tab (closed already) is treated as private: nothing is kept.
    known = getTab(tabId).then((t) => t?.incognito ?? true);
    privacy.set(tabId, known);
  }
  return known;
}

/** Cookie stores that belong to private windows: their cookies never reach persistent storage. */
export const privateStoreIds = new Set<string>(['1', 'firefox-private']);

/** The tab map a tab's record lives in: storage.session for normal tabs, memory only for private ones. */
export async function storeFor(tabId: number): Promise<PersistedValue<TabMap>> {
  return (await isPrivateTab(tabId)) ? privateTabs : tabs;
}

/**
 * What must be loaded before the worker can answer: the tab records and the settings. The per-site history loads
 * in the background; events that arrive before it has loaded queue behind it, so none is lost.
 */
export function allReady(): Promise<unknown> {
  return Promise.all([tabs.ready(), settings.ready()]);
}
