import { cookieKey } from '../../src/core/cookie-key';
import { domainMatches } from '../../src/core/cookie-match';
import {
  type ContainerInfo,
  dispatch,
  type Handlers,
  type MessageType,
  type RequestOf,
  type ResponseOf,
} from '../../src/core/messages';
import { cookieHost, hostOfUrl, isWithin } from '../../src/core/party';
import type { Cookie } from '../../src/core/types';
import { createWorker } from '../../src/worker/create-worker';
import type {
  CookieChange,
  CookieQuery,
  ReceivedResponse,
  SentRequest,
  TabInfo,
  WorkerPorts,
} from '../../src/worker/ports';
import { fakeStorage } from './fake-storage';
import { fakeTimelineDb } from './fake-timeline-db';

type Listener<A extends unknown[]> = (...args: A) => void;

function emitter<A extends unknown[]>() {
  const listeners: Listener<A>[] = [];
  return {
    on: (l: Listener<A>) => {
      listeners.push(l);
    },
    emit: (...args: A) => {
      for (const l of listeners) l(...args);
    },
    count: () => listeners.length,
    clear: () => {
      listeners.length = 0;
    },
  };
}

/**
 * An in-memory browser behind the worker's ports: a cookie jar that fires onChanged like Chrome (an overwrite is a
 * removal with cause "overwrite" then an insertion), tabs, webRequest/webNavigation events, storage areas with
 * Chrome's 10 MB quota, the toolbar badge, runtime messaging and a clock whose timers tests fire by hand.
 * Events are delivered to listeners synchronously, as the browser queues them.
 */
export function fakeBrowser(options: { sessionQuota?: number; localQuota?: number } = {}) {
  const jar = new Map<string, Cookie>();
  const tabs = new Map<number, TabInfo>();
  /** Firefox containers by cookie store id (none unless a test adds one). */
  const containers = new Map<string, ContainerInfo>();
  let allSitesAccess = true;
  /** The browser's Global Privacy Control: on, every request carries `Sec-GPC: 1`. */
  let gpc = false;
  let activeTab: number | null = null;
  const badges = new Map<number, { text: string; color: string; title: string }>();
  const session = fakeStorage(options.sessionQuota ?? 10 * 1024 * 1024);
  const local = fakeStorage(options.localQuota ?? 10 * 1024 * 1024);
  const timelineDb = fakeTimelineDb();
  let handlers: Handlers | null = null;
  let now = Date.UTC(2026, 11, 1);
  let nextTimer = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextRequest = 1;

  const ev = {
    cookie: emitter<[CookieChange]>(),
    created: emitter<[TabInfo]>(),
    removed: emitter<[number]>(),
    replaced: emitter<[number, number]>(),
    sent: emitter<[SentRequest]>(),
    response: emitter<[ReceivedResponse]>(),
    mainFrame: emitter<[number, string, string]>(),
    committed: emitter<[number, string]>(),
    frame: emitter<[number, string]>(),
  };

  const storeOf = (incognito: boolean) => (incognito ? '1' : '0');

  function matches(c: Cookie, q: CookieQuery): boolean {
    if (q.storeId !== undefined ? c.storeId !== q.storeId : c.storeId !== '0') return false;
    if (c.partitionKey?.topLevelSite) {
      if (!q.partitionKey) return false;
      if (q.partitionKey.topLevelSite && q.partitionKey.topLevelSite !== c.partitionKey.topLevelSite) return false;
    }
    if (q.domain !== undefined && !isWithin(cookieHost(c.domain), q.domain)) return false;
    if (q.url !== undefined) {
      const u = new URL(q.url);
      if (!domainMatches(c, u.hostname) || !u.pathname.startsWith(c.path)) return false;
      if (c.secure && u.protocol !== 'https:') return false;
    }
    return true;
  }

  /** A tab as the extension sees it: without host access, as without the "tabs" permission, its URL is hidden. */
  function seenTab(t: TabInfo | undefined): TabInfo | null {
    if (!t) return null;
    const copy = structuredClone(t);
    if (!allSitesAccess) copy.url = '';
    return copy;
  }

  const ports: WorkerPorts = {
    cookies: {
      getAll: async (q) => [...jar.values()].filter((c) => matches(c, q)).map((c) => structuredClone(c)),
      remove: async (c) => {
        const existing = jar.get(cookieKey(c));
        if (!existing) return false;
        api.removeCookie(existing, 'explicit');
        return true;
      },
      storeIdForTab: async (tabId) => {
        const t = tabs.get(tabId);
        return t ? (t.cookieStoreId ?? storeOf(t.incognito)) : undefined;
      },
      onChanged: ev.cookie.on,
    },
    tabs: {
      get: async (id) => seenTab(tabs.get(id)),
      getActive: async () => (activeTab === null ? null : seenTab(tabs.get(activeTab))),
      list: async () => [...tabs.values()].map((t) => structuredClone(t)),
      onCreated: ev.created.on,
      onRemoved: ev.removed.on,
      onReplaced: ev.replaced.on,
    },
    requests: { onSent: ev.sent.on, onResponse: ev.response.on, onMainFrame: ev.mainFrame.on },
    navigation: { onTopLevelCommitted: ev.committed.on, onFrameCommitted: ev.frame.on },
    containers: {
      get: async (id) => containers.get(id) ?? null,
      list: async () => [...containers.values()],
    },
    permissions: { hasAllSitesAccess: async () => allSitesAccess },
    storage: { session: session.area, local: local.area },
    timeline: timelineDb.backend,
    action: {
      setBadge: async (tabId, text, color, title) => {
        if (tabs.has(tabId)) badges.set(tabId, { text, color, title });
      },
    },
    messages: {
      onMessage: (h) => {
        handlers = h;
      },
    },
    runtime: { version: () => '9.9.9' },
    clock: {
      now: () => now,
      setTimeout: (fn, ms) => {
        const id = nextTimer++;
        timers.set(id, { at: now + ms, fn });
        return id;
      },
      clearTimeout: (h) => {
        timers.delete(h as number);
      },
    },
  };

  /** Lets every pending promise chain run (storage and cookie calls resolve on microtasks and macrotasks). */
  async function drain(): Promise<void> {
    for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 0));
  }

  const api = {
    ports,
    session,
    local,
    timelineDb,
    badges,
    jar,
    listenerCount: () => ev.cookie.count(),
    drain,
    /** Moves the clock on, firing each timer that falls due in time order (and the work each one starts). */
    async advance(ms: number): Promise<void> {
      const end = now + ms;
      for (;;) {
        await drain();
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
      }
      now = end;
      await drain();
    },
    pendingTimers: () => timers.size,
    /** The worker is stopped: its listeners, handlers, memory and pending timers are gone; storage stays. */
    stopWorker(): void {
      for (const e of Object.values(ev)) e.clear();
      handlers = null;
      timers.clear();
    },
    /** The person withdraws (or grants again) the extension's access to all sites; tab URLs are then hidden. */
    setAllSitesAccess(granted: boolean): void {
      allSitesAccess = granted;
    },
    /** The person turns the browser's Global Privacy Control on or off: requests from then on carry Sec-GPC or not. */
    setBrowserGpc(on: boolean): void {
      gpc = on;
    },
    /** Firefox: a container, as contextualIdentities describes it. */
    addContainer(c: ContainerInfo): void {
      containers.set(c.cookieStoreId, c);
    },
    /** A new tab; `cookieStoreId` makes it a Firefox tab of that store (a container's, say). */
    openTab(id: number, incognito = false, cookieStoreId?: string): TabInfo {
      const tab: TabInfo = { id, url: 'about:blank', title: '', incognito };
      if (cookieStoreId) tab.cookieStoreId = cookieStoreId;
      tabs.set(id, tab);
      activeTab = id;
      ev.created.emit(structuredClone(tab));
      return tab;
    },
    /** A top-level navigation as Chrome reports it: the document request, its response, then the commit. */
    navigate(tabId: number, url: string, setCookies: string[] = []): void {
      const tab = tabs.get(tabId);
      if (!tab) throw new Error(`no tab ${tabId}`);
      tab.url = url;
      tab.title = hostOfUrl(url);
      ev.mainFrame.emit(tabId, url, String(nextRequest++));
      const doc: SentRequest = { tabId, frameId: 0, url, type: 'main_frame' };
      if (gpc) doc.gpc = true;
      ev.sent.emit(doc);
      ev.response.emit({ tabId, frameId: 0, url, type: 'main_frame', setCookies });
      ev.committed.emit(tabId, url);
    },
    request(tabId: number, url: string, cookieHeader?: string, setCookies: string[] = []): void {
      const sent: SentRequest = { tabId, frameId: 0, url, type: 'xmlhttprequest' };
      if (cookieHeader) sent.cookieHeader = cookieHeader;
      if (gpc) sent.gpc = true;
      ev.sent.emit(sent);
      ev.response.emit({ tabId, frameId: 0, url, type: 'xmlhttprequest', setCookies });
    },
    frame(tabId: number, url: string): void {
      ev.frame.emit(tabId, url);
    },
    closeTab(id: number): void {
      tabs.delete(id);
      badges.delete(id);
      if (activeTab === id) activeTab = null;
      ev.removed.emit(id);
    },
    /** Stores a cookie and fires onChanged as Chrome does. */
    setCookie(partial: Partial<Cookie> & Pick<Cookie, 'name' | 'domain'>): Cookie {
      const c: Cookie = {
        value: 'v',
        hostOnly: !partial.domain.startsWith('.'),
        path: '/',
        secure: true,
        httpOnly: false,
        sameSite: 'lax',
        session: true,
        storeId: '0',
        ...partial,
      };
      const key = cookieKey(c);
      const old = jar.get(key);
      if (old) {
        jar.delete(key);
        ev.cookie.emit({ cookie: structuredClone(old), removed: true, cause: 'overwrite' });
      }
      jar.set(key, c);
      ev.cookie.emit({ cookie: structuredClone(c), removed: false, cause: 'explicit' });
      return c;
    },
    removeCookie(c: Cookie, cause = 'explicit'): void {
      const key = cookieKey(c);
      const old = jar.get(key);
      if (!old) return;
      jar.delete(key);
      ev.cookie.emit({ cookie: structuredClone(old), removed: true, cause });
    },
    /** Sends a message as the popup would (checked against the protocol, as the real listener does). */
    async send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
      if (!handlers) throw new Error('The worker registered no message handler');
      const reply = await dispatch(handlers, { ...payload, type });
      if (!reply.ok) throw new Error(reply.error);
      return reply.value as ResponseOf<K>;
    },
    async sendRaw(message: unknown) {
      if (!handlers) throw new Error('The worker registered no message handler');
      return dispatch(handlers, message);
    },
  };
  return api;
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;

/** A worker built over a fake browser, with its stored state loaded. */
export async function startWorker(fb = fakeBrowser()) {
  const worker = createWorker(fb.ports);
  await worker.ready();
  return { fb, worker };
}

/** Lets the worker's handled events reach its state, and its debounced writes and badges run. */
export async function settleWorker(fb: FakeBrowser, worker: { settled(): Promise<void> }): Promise<void> {
  await worker.settled();
  await fb.advance(5_000);
  await worker.settled();
}
