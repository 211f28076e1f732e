import type { Override } from '../core/overrides/overrides';
import { validOverrides } from '../core/overrides/overrides-file';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { fitTabRecord, TAB_BUDGET, TAB_RECORD_VERSION, type TabRecord } from '../core/tab-record';
import type { WorkerPorts } from './ports';
import { createDroppedTabs } from './state/dropped-tabs';
import { createFirstScreens } from './state/first-screens';
import { KeyedStore } from './state/keyed-store';
import { PersistedValue } from './state/persisted-value';
import {
  fitSiteHistory,
  SITE_HISTORY_LIMITS,
  SITE_HISTORY_VERSION,
  type SiteHistory,
  validSiteHistory,
} from './state/site-history';

function validTabRecord(raw: unknown): TabRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<TabRecord>;
  return r.v === TAB_RECORD_VERSION && Array.isArray(r.hosts) && Array.isArray(r.setAttempts) ? (r as TabRecord) : null;
}

/** Tab records: normal windows in storage.session, one key per tab, so a busy tab cannot stop the others saving. */
function tabStore(
  ports: WorkerPorts,
  area: WorkerPorts['storage']['session'] | null,
  onEvict?: (name: string) => void,
): KeyedStore<TabRecord> {
  return new KeyedStore<TabRecord>({
    area,
    indexKey: `tab-index:v${TAB_RECORD_VERSION}`,
    prefix: `tab:v${TAB_RECORD_VERSION}:`,
    // At most one write batch per 200 ms.
    writeDelayMs: 200,
    maxEntries: 500,
    entryBudget: TAB_BUDGET,
    // storage.session holds 10 MB (chrome.storage.session.QUOTA_BYTES); leave 2 MB for anything else.
    totalBudget: 8 * 1024 * 1024,
    fit: fitTabRecord,
    validate: validTabRecord,
    scheduler: ports.clock,
    now: ports.clock.now,
    ...(onEvict ? { onEvict } : {}),
  });
}

export type WorkerState = ReturnType<typeof createWorkerState>;

/** Where the user's corrections are kept in storage.local. */
export const OVERRIDES_KEY = 'overrides:v1';

/**
 * Everything the worker keeps: tab records (storage.session; incognito tabs in memory only), the per-site history
 * (storage.local, one key per site plus an index) and the settings (their own key: never the write that fails, as
 * the history is held to a budget well below the quota, and gives up room when something else filled the area). Which tabs are private, asked once per tab.
 */
export function createWorkerState(ports: WorkerPorts, onTabDropped: (tabId: number) => void = () => {}) {
  // A tab whose whole record is dropped gets a tombstone: its popup then says its earlier entries were not kept.
  const droppedTabs = createDroppedTabs(ports.storage.session, ports.clock);
  const tabs = tabStore(ports, ports.storage.session, (name) => {
    onTabDropped(Number(name));
    void droppedTabs.note(name).catch(() => undefined);
  });
  const privateTabs = tabStore(ports, null);
  // The popup's first screen per tab, which the popup reads itself (never for private tabs). Not part of `ready`:
  // nothing the worker answers depends on it.
  const firstScreens = createFirstScreens(ports.storage.session, ports.clock, (tabId) =>
    ports.tabs.get(tabId).then(
      (t) => t !== null,
      () => false,
    ),
  );
  const sites = new KeyedStore<SiteHistory>({
    area: ports.storage.local,
    indexKey: `site-index:v${SITE_HISTORY_VERSION}`,
    prefix: `site:v${SITE_HISTORY_VERSION}:`,
    writeDelayMs: 1000,
    maxEntries: SITE_HISTORY_LIMITS.sites,
    entryBudget: SITE_HISTORY_LIMITS.siteBytes,
    totalBudget: SITE_HISTORY_LIMITS.totalBytes,
    fit: fitSiteHistory,
    validate: validSiteHistory,
    scheduler: ports.clock,
    now: ports.clock.now,
  });
  const settings = new PersistedValue<Settings>({
    area: ports.storage.local,
    key: 'settings:v1',
    initial: () => ({ ...DEFAULT_SETTINGS }),
    writeDelayMs: 0,
    validate: (raw) =>
      typeof raw === 'object' && raw !== null ? { ...DEFAULT_SETTINGS, ...(raw as Partial<Settings>) } : null,
    scheduler: ports.clock,
    // Settings are never the write that fails: when another writer filled storage.local, history gives up room.
    makeRoom: (bytes) => sites.release(bytes),
  });

  // The user's category corrections: small, written at once, in their own key like the settings.
  const overrides = new PersistedValue<Override[]>({
    area: ports.storage.local,
    key: OVERRIDES_KEY,
    initial: () => [],
    writeDelayMs: 0,
    validate: validOverrides,
    scheduler: ports.clock,
    // Corrections are the person's own work: like the settings, history gives way to them.
    makeRoom: (bytes) => sites.release(bytes),
  });

  /**
   * Whether each tab is private, asked once per tab (webRequest and webNavigation details do not say). Every event
   * of a tab waits on the same promise, so events keep their order and none of a private tab's reaches storage.
   */
  const privacy = new Map<number, Promise<boolean>>();
  /** Cookie stores of private windows: their cookies never reach persistent storage. */
  const privateStoreIds = new Set<string>();
  /** Whether each cookie store seen in an event is private, asked once per store (events of a store keep order). */
  const storePrivacy = new Map<string, Promise<boolean>>();

  function isPrivateStore(storeId: string): Promise<boolean> {
    if (privateStoreIds.has(storeId)) return Promise.resolve(true);
    let known = storePrivacy.get(storeId);
    if (!known) {
      known = (async () => {
        const incognito = (await ports.tabs.list().catch(() => [])).filter((t) => t.incognito);
        const ids = await Promise.all(incognito.map((t) => ports.cookies.storeIdForTab(t.id).catch(() => undefined)));
        for (const id of ids) if (id !== undefined) privateStoreIds.add(id);
        return privateStoreIds.has(storeId);
      })();
      // A store's first event comes from a window that exists, so the answer holds for the store's lifetime.
      storePrivacy.set(storeId, known);
    }
    return known;
  }

  function notePrivacy(tabId: number, incognito: boolean): void {
    // Never replace an answer already given (even one pending): events queued behind the old promise would then run
    // after events that came later, and a tab reset could wipe what the new page did.
    if (!privacy.has(tabId)) privacy.set(tabId, Promise.resolve(incognito));
    if (incognito) void rememberPrivateStore(tabId);
  }

  async function rememberPrivateStore(tabId: number): Promise<void> {
    const id = await ports.cookies.storeIdForTab(tabId).catch(() => undefined);
    if (id !== undefined) privateStoreIds.add(id);
  }

  function isPrivateTab(tabId: number): Promise<boolean> {
    let known = privacy.get(tabId);
    if (!known) {
      // A tab we have not seen yet: ask. An unknown tab (closed already) is treated as private: nothing is kept.
      known = ports.tabs.get(tabId).then((t) => {
        if (t?.incognito) void rememberPrivateStore(tabId);
        return t?.incognito ?? true;
      });
      privacy.set(tabId, known);
    }
    return known;
  }

  async function tabStoreFor(tabId: number): Promise<KeyedStore<TabRecord>> {
    return (await isPrivateTab(tabId)) ? privateTabs : tabs;
  }

  return {
    tabs,
    droppedTabs,
    firstScreens,
    privateTabs,
    sites,
    settings,
    overrides,
    privateStoreIds,
    isPrivateStore,
    notePrivacy,
    forgetPrivacy: (tabId: number) => privacy.delete(tabId),
    isPrivateTab,
    tabStoreFor,
    /** What must be loaded before the worker answers; events that arrive earlier queue behind the loads. */
    ready: () => Promise.all([tabs.ready(), settings.ready(), sites.ready(), overrides.ready(), droppedTabs.ready()]),
  };
}
