import { localArea, sessionArea } from '../browser/storage';
import { PersistedValue } from '../core/persisted-value';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { evictSites, SITE_HISTORY_VERSION, type SiteHistoryMap } from '../core/site-history';
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

/** Per-site history across tabs and visits: storage.local, bounded by evictSites. */
export const sites = new PersistedValue<SiteHistoryMap>({
  area: localArea,
  key: `sites:v${SITE_HISTORY_VERSION}`,
  initial: () => ({}),
  writeDelayMs: 1000,
  validate: (raw) => {
    if (!isObject(raw)) return null;
    evictSites(raw as SiteHistoryMap);
    return raw as SiteHistoryMap;
  },
});

export const settings = new PersistedValue<Settings>({
  area: localArea,
  key: 'settings:v1',
  initial: () => ({ ...DEFAULT_SETTINGS }),
  writeDelayMs: 0,
  validate: (raw) => (isObject(raw) ? { ...DEFAULT_SETTINGS, ...(raw as Partial<Settings>) } : null),
});

/** Incognito tab ids, known from tab events (webRequest and webNavigation details do not say). */
export const incognitoTabIds = new Set<number>();

/** Cookie stores that belong to private windows: their cookies never reach persistent storage. */
export const privateStoreIds = new Set<string>(['1', 'firefox-private']);

export function storeFor(tabId: number): PersistedValue<TabMap> {
  return incognitoTabIds.has(tabId) ? privateTabs : tabs;
}

/**
 * What must be loaded before the worker can answer: the tab records and the settings. The per-site history loads
 * in the background; events that arrive before it has loaded queue behind it, so none is lost.
 */
export function allReady(): Promise<unknown> {
  return Promise.all([tabs.ready(), settings.ready()]);
}
