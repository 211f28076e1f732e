/// <reference types="chrome" />
/**
 * Timeline benchmarks (issue 15): storage bytes per 1,000 events, the worker's view build for a site with 10,000
 * events, and in Chromium the Timeline tab from click to rendered for that site (the popup bench's method: marks on
 * the popup's performance timeline).
 */

import type { TimelineEvent } from '../src/core/timeline/event';
import { appendEvents, appendVisit, emptySiteLog, entryBytes, type SiteLog } from '../src/core/timeline/site-log';
import { siteMeta } from '../src/core/timeline/site-meta';
import { buildTimelineView } from '../src/core/timeline/timeline-view';
import type { Category } from '../src/core/types';
import { findChromium, launchWithExtension, waitFor } from '../test/e2e/harness/extension';
import { startSites } from '../test/e2e/harness/site-server';

const CATS: Category[] = ['necessary', 'functional', 'preferences', 'analytics', 'marketing', 'unknown'];

/** A busy site's log: `n` events over 100 visits, 120 cookies of every category, set by responses and scripts. */
export function syntheticLog(site: string, n: number, now = Date.now()): SiteLog {
  const log = emptySiteLog(site);
  const visits = 100;
  const per = Math.ceil(n / visits);
  const start = now - 20 * 86_400_000;
  for (let v = 0; v < visits; v++) {
    const at = start + v * 4 * 3_600_000;
    appendVisit(log, { at, tabId: 1, url: `https://www.${site}/products/item-${v}` }, Number.POSITIVE_INFINITY);
    const events: TimelineEvent[] = [];
    for (let i = 0; i < per && v * per + i < n; i++) {
      const c = (v * 7 + i) % 120;
      const name = c % 3 === 0 ? `_ga_${c}` : c % 3 === 1 ? `ajs_user_id_${c}` : `pref-${c}`;
      const domain = c % 4 === 0 ? '.doubleclick.net' : `.${site}`;
      const kind = i % 10 === 9 ? 'deleted-by-site' : i % 3 === 0 ? 'overwritten' : 'set';
      const e: TimelineEvent = {
        at: at + i * 40,
        kind,
        cause: kind === 'deleted-by-site' ? 'expired_overwrite' : 'explicit',
        cookie: {
          id: JSON.stringify(['0', name, domain, '/', '', 0]),
          name,
          domain,
          path: '/',
          category: CATS[c % CATS.length]!,
          valueLength: 20 + (c % 60),
          expires: Math.round(at / 1000) + 400 * 86_400,
          secure: true,
          httpOnly: c % 2 === 0,
          sameSite: c % 4 === 0 ? 'no_restriction' : 'lax',
          hostOnly: false,
        },
        tabId: 1,
        visit: at,
        setBy:
          i % 2 === 0
            ? { kind: 'response', url: `https://www.${site}/api/session` }
            : { kind: 'script', frameUrl: `https://www.${site}/products/item-${v}` },
      };
      if (kind === 'overwritten')
        e.changes = [{ field: 'expires', from: e.cookie.expires! - 3600, to: e.cookie.expires! }];
      events.push(e);
    }
    appendEvents(log, events, Number.POSITIVE_INFINITY);
  }
  return log;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

export async function runTimelineBench(): Promise<void> {
  console.log('\n## Timeline');
  const log = syntheticLog('shop-f.test', 10_000);
  const bytes = log.events.reduce((sum, e) => sum + entryBytes(e), 0);
  console.log(
    `storage: ${(bytes / 10).toFixed(0)} bytes per 1,000 events (${(bytes / 1024 / 1024).toFixed(2)} MB for 10,000; JSON as IndexedDB holds it, values never stored)`,
  );
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    buildTimelineView(log, { now: Date.now() });
    times.push(performance.now() - t0);
  }
  console.log(`worker: timeline view of 10,000 events built in ${median(times).toFixed(1)} ms (median of 7)`);

  if (!findChromium()) {
    console.log('(Chromium part skipped: no Chromium)');
    return;
  }
  const sites = await startSites();
  const h = await launchWithExtension();
  try {
    // Seed the site's timeline where the extension keeps it (the extension origin's IndexedDB), from an extension
    // page: the log is megabytes, too much for the worker-evaluate timeout.
    const seeder = await h.context.newPage();
    await seeder.goto(`chrome-extension://${h.extensionId}/src/reports/index.html`);
    const seeded = await seeder.evaluate(
      async ({ log, meta }: { log: SiteLog; meta: unknown }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('cookie-auditor-timeline', 1);
          r.onupgradeneeded = () => {
            r.result.createObjectStore('logs');
            r.result.createObjectStore('meta');
          };
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['logs', 'meta'], 'readwrite');
          tx.objectStore('logs').put(log, log.site);
          tx.objectStore('meta').put(meta, log.site);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
        return log.events.length;
      },
      { log, meta: siteMeta(log, Date.now()) },
    );
    await seeder.close();
    const { tabId } = await h.openTab(sites.https('shop-f.test'));
    const runs: number[] = [];
    let rows = 0;
    for (let i = 0; i < 5; i++) {
      const popup = await h.openPopup(tabId);
      await popup.waitForSelector('[data-testid="app"]');
      const t0 = await popup.evaluate(() => performance.now());
      await popup.click('[data-testid="pane-timeline"]');
      await popup.waitForFunction(() => performance.getEntriesByName('cookie-auditor:timeline').length > 0);
      const end = await popup.evaluate(() => performance.getEntriesByName('cookie-auditor:timeline')[0]!.startTime);
      rows = await popup.locator('[data-testid="timeline-event"]').count();
      runs.push(end - t0);
      await popup.close();
    }
    await waitFor(async () => (rows > 0 ? true : null), 'rows');
    console.log(
      `popup: Timeline tab for a site with ${seeded.toLocaleString('en')} events, click → rendered ${median(runs).toFixed(0)} ms (median of 5: ${runs.map((r) => r.toFixed(0)).join(', ')}; ${rows} rows drawn, the rest on "Show all")   target ≤ 150 ms`,
    );
  } finally {
    await h.close();
    await sites.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runTimelineBench();
