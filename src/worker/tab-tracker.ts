import { onFrameNavigation, onTopLevelCommitted } from '../browser/navigation';
import { onMainFrameRequest, onRequestSent, onResponseReceived } from '../browser/requests';
import { listTabs, onTabCreated, onTabRemoved, onTabReplaced } from '../browser/tabs';
import { hostOfUrl, siteOf } from '../core/party';
import { cookieNamesFromHeader, parseSetCookie } from '../core/set-cookie-parse';
import { noteVisit } from '../core/site-history';
import { newTabRecord, noteHost, noteSent, noteSetCookie, type TabRecord } from '../core/tab-record';
import { scheduleBadge } from './badge';
import { forgetPrivacy, isPrivateTab, notePrivacy, privateTabs, storeFor, tabs, updateSite } from './state';
import { forgetView, invalidateViews } from './view-cache';

function key(tabId: number): string {
  return String(tabId);
}

/** Runs `fn` on the tab's record, creating one for pages that were open before the worker knew them. */
async function withRecord(tabId: number, url: string, fn: (rec: TabRecord) => void): Promise<void> {
  invalidateViews(tabId);
  const incognito = await isPrivateTab(tabId);
  await (incognito ? privateTabs : tabs).update((map) => {
    let rec = map[key(tabId)];
    if (!rec) {
      rec = newTabRecord(url, Date.now(), incognito);
      map[key(tabId)] = rec;
    }
    fn(rec);
  });
}

async function resetTab(tabId: number, url: string, requestId: string): Promise<void> {
  invalidateViews(tabId);
  const incognito = await isPrivateTab(tabId);
  await (incognito ? privateTabs : tabs).update((map) => {
    // A redirect hop of the same navigation keeps what the chain did so far.
    if (map[key(tabId)]?.navRequestId === requestId) return false;
    const rec = newTabRecord(url, Date.now(), incognito);
    rec.navRequestId = requestId;
    map[key(tabId)] = rec;
  });
  scheduleBadge(tabId);
}

// Listeners are registered synchronously at the top level: MV3 drops events whose listeners are added late.
onTabCreated((tab) => notePrivacy(tab.id, tab.incognito));

onMainFrameRequest((tabId, url, requestId) => void resetTab(tabId, url, requestId));

onTopLevelCommitted((tabId, url) => {
  void withRecord(tabId, url, (rec) => {
    // Redirects end here: keep what the redirect chain did, but describe the page that was reached.
    rec.url = url;
    rec.site = siteOf(hostOfUrl(url));
    noteHost(rec, hostOfUrl(url));
  });
  void isPrivateTab(tabId).then((incognito) => {
    const site = siteOf(hostOfUrl(url));
    if (!incognito && /^https?:/.test(url)) void updateSite(site, (map) => noteVisit(map, site, url, Date.now()));
  });
  scheduleBadge(tabId);
});

onFrameNavigation((tabId, url) => {
  void withRecord(tabId, url, (rec) => noteHost(rec, hostOfUrl(url)));
});

onRequestSent((r) => {
  const host = hostOfUrl(r.url);
  if (!host) return;
  void withRecord(r.tabId, r.url, (rec) => {
    if (r.cookieHeader) noteSent(rec, host, cookieNamesFromHeader(r.cookieHeader));
    else noteHost(rec, host);
  });
});

onResponseReceived((r) => {
  if (r.setCookies.length === 0) return;
  const now = Date.now();
  void withRecord(r.tabId, r.url, (rec) => {
    for (const line of r.setCookies) {
      const attempt = parseSetCookie(line, now);
      if (attempt) noteSetCookie(rec, r.url, attempt, now);
    }
  });
  scheduleBadge(r.tabId);
});

onTabRemoved((id) => {
  forgetView(id);
  void storeFor(id)
    .then((store) =>
      store.update((map) => {
        if (!(key(id) in map)) return false;
        delete map[key(id)];
      }),
    )
    .finally(() => forgetPrivacy(id));
});

onTabReplaced((added, removed) => {
  void isPrivateTab(removed).then((incognito) => {
    notePrivacy(added, incognito);
    return (incognito ? privateTabs : tabs).update((map) => {
      const rec = map[key(removed)];
      if (!rec) return false;
      delete map[key(removed)];
      map[key(added)] = rec;
    });
  });
});

// After a restart: learn which tabs are private and forget records of tabs that closed while the worker slept.
void (async () => {
  const open = await listTabs();
  for (const t of open) notePrivacy(t.id, t.incognito);
  const openIds = new Set(open.map((t) => key(t.id)));
  await tabs.update((map) => {
    let changed = false;
    for (const id of Object.keys(map)) {
      if (!openIds.has(id)) {
        delete map[id];
        changed = true;
      }
    }
    return changed;
  });
})();
