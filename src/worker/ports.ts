import type { ContainerInfo, Handlers } from '../core/messages';
import type { Cookie } from '../core/types';
import type { Scheduler, StorageArea } from './state/storage-area';
import type { TimelineBackend } from './timeline/timeline-store';

/** What the worker needs of the browser, handed in: the real adapter in index.ts, an in-memory fake in tests. */
export interface CookieQuery {
  url?: string;
  domain?: string;
  storeId?: string;
  /** `{}` for every partition, `{ topLevelSite }` for one: getAll leaves partitioned (CHIPS) cookies out otherwise. */
  partitionKey?: { topLevelSite?: string };
}

export interface CookieChange {
  cookie: Cookie;
  removed: boolean;
  /** explicit, overwrite, expired, evicted, expired_overwrite. */
  cause: string;
}

export interface TabInfo {
  id: number;
  url: string;
  title: string;
  incognito: boolean;
  /** Firefox only: the tab's cookie store (`firefox-default`, `firefox-private`, `firefox-container-<n>`). */
  cookieStoreId?: string;
}

export interface SentRequest {
  tabId: number;
  frameId: number;
  url: string;
  type: string;
  /** The Cookie header as sent, when there was one. */
  cookieHeader?: string;
  /** The request carried `Sec-GPC: 1`: the browser's Global Privacy Control is on for this page. */
  gpc?: true;
}

export interface ReceivedResponse {
  tabId: number;
  frameId: number;
  url: string;
  type: string;
  setCookies: string[];
}

type Listen<A extends unknown[]> = (listener: (...args: A) => void) => void;

export interface WorkerPorts {
  cookies: {
    getAll(query: CookieQuery): Promise<Cookie[]>;
    remove(cookie: Cookie): Promise<boolean>;
    /** The cookie store a tab uses (incognito tabs have their own). */
    storeIdForTab(tabId: number): Promise<string | undefined>;
    onChanged: Listen<[CookieChange]>;
  };
  tabs: {
    get(tabId: number): Promise<TabInfo | null>;
    getActive(): Promise<TabInfo | null>;
    list(): Promise<TabInfo[]>;
    onCreated: Listen<[TabInfo]>;
    onRemoved: Listen<[number]>;
    /** Prerendered or discarded tabs get swapped for new ids. */
    onReplaced: Listen<[number, number]>;
  };
  requests: {
    onSent: Listen<[SentRequest]>;
    onResponse: Listen<[ReceivedResponse]>;
    /** A top-level document request is starting (redirect hops keep the requestId). */
    onMainFrame: Listen<[number, string, string]>;
  };
  navigation: {
    /** The top-level document committed (after redirects). */
    onTopLevelCommitted: Listen<[number, string]>;
    /** A sub-frame committed. */
    onFrameCommitted: Listen<[number, string]>;
  };
  /** Firefox containers: null for stores that are not one, and outside Firefox. */
  containers: {
    get(cookieStoreId: string): Promise<ContainerInfo | null>;
    list(): Promise<ContainerInfo[]>;
  };
  /** Host access the person may have withdrawn after install. */
  permissions: { hasAllSitesAccess(): Promise<boolean> };
  storage: { session: StorageArea; local: StorageArea };
  /** Where the per-site timelines are kept (IndexedDB in the extension): apart from storage.local's 10 MB. */
  timeline: TimelineBackend;
  action: { setBadge(tabId: number, text: string, color: string, title: string): Promise<void> };
  messages: { onMessage(handlers: Handlers): void };
  runtime: { version(): string };
  clock: Scheduler & { now(): number };
}
