import { onCookieChanged } from '../browser/cookies';
import { cookieHost, siteOf } from '../core/party';
import { applyCookieChange } from '../core/site-history';
import { noteCookieChange } from '../core/tab-record';
import { scheduleBadge } from './badge';
import { privateStoreIds, privateTabs, tabs, updateSite } from './state';
import { invalidateViews } from './view-cache';

/** Events handled since the worker started (benchmarks compare it with the events fired). */
export const watcherStats = { events: 0 };

// Every cause counts: explicit, overwrite, expired, evicted, expired_overwrite.
onCookieChanged(({ cookie, removed, cause }) => {
  watcherStats.events += 1;
  invalidateViews();
  const now = Date.now();
  const isPrivate = privateStoreIds.has(cookie.storeId);
  if (!isPrivate) {
    void updateSite(siteOf(cookieHost(cookie.domain)), (map) =>
      applyCookieChange(map, { cookie, removed, cause }, now),
    );
  }
  const store = isPrivate ? privateTabs : tabs;
  void store.update((map) => {
    let changed = false;
    for (const [id, rec] of Object.entries(map)) {
      if (removed) {
        // A removal matters for the badge, not for attribution.
        if (rec.hosts.length > 0) scheduleBadge(Number(id));
        continue;
      }
      if (noteCookieChange(rec, cookie)) {
        changed = true;
        scheduleBadge(Number(id));
      }
    }
    return changed;
  });
});
