import { cookieHost, hostOfUrl, siteOf, siteOfCookie } from '../core/party';
import { cookieNamesFromHeader, parseSetCookie } from '../core/set-cookie-parse';
import {
  newTabRecord,
  noteCookieChange,
  noteGpc,
  noteHost,
  noteScript,
  noteSent,
  noteSetCookie,
  type TabRecord,
  touchesTab,
} from '../core/tab-record';
import type { TimelineEvent } from '../core/timeline/event';
import type { Badges } from './badges';
import type { CookieChange, WorkerPorts } from './ports';
import { applyCookieChange, applyJarSnapshot, newSiteHistory, noteVisit, type SiteHistory } from './state/site-history';
import type { TimelineRecording, TouchedTab } from './timeline/timeline-recording';
import type { ViewCache } from './view-cache';
import type { WorkerState } from './worker-state';

export interface EventStats {
  /** cookies.onChanged events handled since the worker started (benchmarks compare it with the events fired). */
  cookieEvents: number;
}

/**
 * Subscribes to every browser event the worker follows, synchronously (MV3 drops events whose listeners are added
 * late), and turns each into state changes: tab records, site history, view invalidation and badge updates.
 */
export function registerEvents(
  ports: WorkerPorts,
  state: WorkerState,
  views: ViewCache,
  badges: Badges,
  timeline: TimelineRecording,
): { stats: EventStats; settled: () => Promise<void> } {
  const stats: EventStats = { cookieEvents: 0 };
  const key = (tabId: number) => String(tabId);
  /** Work started by events, awaited by tests (`settled`) so they need no sleeps. */
  const inFlight = new Set<Promise<unknown>>();
  /** Settles when every request, response and navigation handled so far has reached the tab records. */
  let traffic: Promise<unknown> = Promise.resolve();
  const trackTraffic = (p: Promise<unknown>) => {
    const settled = p.catch(() => undefined);
    traffic = Promise.all([traffic, settled]);
    track(p);
  };
  const track = (p: Promise<unknown>) => {
    const settled = p.catch(() => undefined);
    inFlight.add(settled);
    void settled.then(() => inFlight.delete(settled));
  };

  function updateSite(site: string, fn: (h: SiteHistory) => void): Promise<void> {
    if (!site) return Promise.resolve();
    const now = ports.clock.now();
    return state.sites.update(site, (h) => {
      const entry = h ?? newSiteHistory(site, now);
      fn(entry);
      return entry;
    });
  }

  /** Runs `fn` on the tab's record, creating one for pages that were open before the worker knew them. */
  async function withRecord(tabId: number, url: string, fn: (rec: TabRecord) => void): Promise<void> {
    views.invalidate(tabId);
    const incognito = await state.isPrivateTab(tabId);
    const store = incognito ? state.privateTabs : state.tabs;
    await store.update(key(tabId), (rec) => {
      const r = rec ?? newTabRecord(url, ports.clock.now(), incognito);
      fn(r);
      return r;
    });
  }

  async function resetTab(tabId: number, url: string, requestId: string): Promise<void> {
    views.invalidate(tabId);
    const incognito = await state.isPrivateTab(tabId);
    let newPage = false;
    await (incognito ? state.privateTabs : state.tabs).update(key(tabId), (rec) => {
      // A redirect hop of the same navigation keeps what the chain did so far.
      if (rec?.navRequestId === requestId) return rec;
      newPage = true;
      const fresh = newTabRecord(url, ports.clock.now(), incognito);
      fresh.navRequestId = requestId;
      return fresh;
    });
    // A new page's record starts complete: what an earlier page lost no longer concerns this tab.
    if (newPage && !incognito) await state.droppedTabs.clear(key(tabId));
    badges.schedule(tabId);
  }

  /** A page of a site was shown: note the visit and the first-party cookies it already had (set before we ran). */
  async function noteTopLevel(tabId: number, url: string): Promise<void> {
    if ((await state.isPrivateTab(tabId)) || !/^https?:/i.test(url)) return;
    const site = siteOf(hostOfUrl(url));
    if (!site) return;
    const present = await ports.cookies.getAll({ domain: site }).catch(() => []);
    await updateSite(site, (h) => {
      noteVisit(h, url, ports.clock.now());
      applyJarSnapshot(
        h,
        present.filter((c) => !state.privateStoreIds.has(c.storeId) && !c.partitionKey?.topLevelSite),
        ports.clock.now(),
      );
    });
  }

  async function onCookieChanged(
    { cookie, removed, cause }: CookieChange,
    timelineEvent: TimelineEvent | null,
    trafficBefore: Promise<unknown>,
  ): Promise<void> {
    stats.cookieEvents += 1;
    const touched: TouchedTab[] = [];
    const isPrivate = await state.isPrivateStore(cookie.storeId);
    const site = siteOf(cookieHost(cookie.domain));
    // Where the All-sites page and the tab's view look for it: a partitioned or (Firefox) first-party-isolated copy of
    // a tracker's cookie belongs to the site it was set on, not to the tracker's own site.
    const cookieSite = siteOfCookie(cookie);
    if (!isPrivate) {
      void updateSite(cookieSite, (h) => applyCookieChange(h, { cookie, removed, cause }, ports.clock.now()));
    }
    const store = isPrivate ? state.privateTabs : state.tabs;
    for (const name of await store.names()) {
      const rec = await store.read(name);
      if (!rec || !touchesTab(rec, cookie, site)) continue;
      const tabId = Number(name);
      touched.push({ tabId, record: rec });
      // Only the tabs the cookie can appear in: their views are stale and their badges change.
      views.invalidate(tabId);
      badges.schedule(tabId);
      // A removal matters for the view and badge, not for attribution.
      if (!removed) {
        void store.update(name, (r) => {
          if (r) noteCookieChange(r, cookie);
          return r ?? null;
        });
      }
    }
    if (timelineEvent) {
      // Who set it is read from the tab records: let the traffic that came before this change reach them first (a
      // woken worker can see the Set-Cookie response and the cookie change race through its start-up).
      await trafficBefore;
      const reread = async () => {
        const fresh: TouchedTab[] = [];
        for (const t of touched) {
          const rec = await store.read(key(t.tabId));
          if (rec) fresh.push({ tabId: t.tabId, record: rec });
        }
        return fresh;
      };
      const fresh = await reread();
      timeline.finish(timelineEvent, fresh, isPrivate, cookieSite);
    }
  }

  /** After the commit updated the tab's record: the page's visit opens on the site's timeline. */
  async function noteTimelineVisit(tabId: number): Promise<void> {
    const incognito = await state.isPrivateTab(tabId);
    const rec = await (incognito ? state.privateTabs : state.tabs).read(key(tabId));
    if (rec && /^https?:/i.test(rec.url)) timeline.visit(tabId, rec, incognito);
  }

  ports.tabs.onCreated((tab) => state.notePrivacy(tab.id, tab.incognito));

  ports.requests.onMainFrame((tabId, url, requestId) => trackTraffic(resetTab(tabId, url, requestId)));

  ports.navigation.onTopLevelCommitted((tabId, url) => {
    track(
      withRecord(tabId, url, (rec) => {
        // Redirects end here: keep what the redirect chain did, but describe the page that was reached.
        const fresh = newTabRecord(url, rec.startedAt);
        rec.url = fresh.url;
        rec.site = fresh.site;
        noteHost(rec, hostOfUrl(url));
      }).then(() => noteTimelineVisit(tabId)),
    );
    track(noteTopLevel(tabId, url));
    badges.schedule(tabId);
  });

  ports.navigation.onFrameCommitted((tabId, url) => {
    track(withRecord(tabId, url, (rec) => noteHost(rec, hostOfUrl(url))));
  });

  ports.requests.onSent((r) => {
    const host = hostOfUrl(r.url);
    if (!host) return;
    const at = ports.clock.now();
    track(
      withRecord(r.tabId, r.url, (rec) => {
        if (r.cookieHeader) noteSent(rec, host, cookieNamesFromHeader(r.cookieHeader), at);
        else noteHost(rec, host);
        if (r.type === 'script') noteScript(rec, r.url);
        noteGpc(rec, r.gpc === true, r.type === 'main_frame');
      }),
    );
  });

  ports.requests.onResponse((r) => {
    if (r.setCookies.length === 0) return;
    const now = ports.clock.now();
    trackTraffic(
      withRecord(r.tabId, r.url, (rec) => {
        for (const line of r.setCookies) {
          const attempt = parseSetCookie(line, now);
          if (attempt) noteSetCookie(rec, r.url, attempt, now);
        }
      }),
    );
    badges.schedule(r.tabId);
  });

  // The timeline event is made before any await: an overwrite's two notifications pair up in arrival order.
  ports.cookies.onChanged((change) => track(onCookieChanged(change, timeline.begin(change), traffic)));

  ports.tabs.onRemoved((tabId) => {
    views.forget(tabId);
    badges.cancel(tabId);
    track(
      state
        .tabStoreFor(tabId)
        .then((store) => store.update(key(tabId), () => null))
        .then(() => state.droppedTabs.clear(key(tabId)))
        .then(() => state.firstScreens.remove(tabId))
        .finally(() => state.forgetPrivacy(tabId)),
    );
  });

  ports.tabs.onReplaced((added, removed) => {
    track(
      state.isPrivateTab(removed).then(async (incognito) => {
        state.notePrivacy(added, incognito);
        // The new tab's summary is written with its next badge.
        await state.firstScreens.remove(removed);
        const store = incognito ? state.privateTabs : state.tabs;
        if (!incognito) await state.droppedTabs.move(key(removed), key(added));
        const rec = await store.read(key(removed));
        if (!rec) return;
        await store.update(key(removed), () => null);
        await store.update(key(added), () => rec);
      }),
    );
  });

  // After a restart: learn which tabs are private and forget records of tabs that closed while the worker slept.
  track(
    (async () => {
      const open = await ports.tabs.list();
      for (const t of open) state.notePrivacy(t.id, t.incognito);
      const openIds = new Set(open.map((t) => key(t.id)));
      for (const name of await state.tabs.names()) {
        if (!openIds.has(name)) await state.tabs.update(name, () => null);
      }
      await state.droppedTabs.keepOnly(openIds);
      await state.firstScreens.keepOnly(openIds);
    })(),
  );

  return {
    stats,
    async settled() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}
