/// <reference types="chrome" />
/**
 * Timeline benchmarks (issue 15): storage bytes per 1,000 events, the worker's view build for a site with 10,000
 * events, and in Chromium the Timeline tab from click to rendered for that site (the popup bench's method: marks on
 * the popup's performance timeline).
 */

import type { TimelineEvent } from '../src/core/timeline/event';
import type { EventChunk } from '../src/core/timeline/event-chunk';
import { appendEvents, appendVisit, emptySiteLog, entryBytes, type SiteLog } from '../src/core/timeline/site-log';
import { type SiteTimelineMeta, siteMeta } from '../src/core/timeline/site-meta';
import { logFromStored, type StoredHead, storedWrite } from '../src/core/timeline/stored-log';
import { buildTimelineView, type TimelineView } from '../src/core/timeline/timeline-view';
import type { Category } from '../src/core/types';
import {
  artifactPath,
  DIST_BENCH,
  findChromium,
  type Harness,
  launchWithExtension,
  waitFor,
} from '../test/e2e/harness/extension';
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

interface Seed {
  head: StoredHead;
  chunks: { seq: number; chunk: EventChunk }[];
  view: TimelineView;
  meta: SiteTimelineMeta;
}

/** Click → rendered, `n` times on fresh popups; `before` runs ahead of each popup (a worker stop for the cold case). */
async function clickToRendered(
  h: Harness,
  tabId: number,
  n: number,
  before: () => Promise<void> = async () => {},
  shot?: string,
): Promise<{ runs: number[]; data: number[]; withDriver: number[]; rows: number }> {
  const runs: number[] = [];
  const withDriver: number[] = [];
  const data: number[] = [];
  let rows = 0;
  for (let i = 0; i < n; i++) {
    await before();
    const popup = await h.openPopup(tabId);
    await popup.waitForSelector('[data-testid="app"]');
    const t0 = await popup.evaluate(() => {
      // The click itself, as the page sees it: Playwright's own checks before it dispatches are not the popup's time.
      document.addEventListener('pointerdown', () => performance.mark('bench:click'), { capture: true, once: true });
      return performance.now();
    });
    await popup.click('[data-testid="pane-timeline"]');
    await popup.waitForFunction(() => performance.getEntriesByName('cookie-auditor:timeline').length > 0);
    const [end, got, click] = await popup.evaluate(() => [
      performance.getEntriesByName('cookie-auditor:timeline')[0]!.startTime,
      performance.getEntriesByName('cookie-auditor:timeline-data')[0]?.startTime ?? Number.NaN,
      performance.getEntriesByName('bench:click')[0]?.startTime ?? Number.NaN,
    ]);
    rows = await popup.locator('[data-testid="timeline-event"]').count();
    if (shot && i === n - 1) await popup.screenshot({ path: artifactPath(shot), fullPage: true });
    runs.push(end - click);
    data.push(got - click);
    withDriver.push(end - t0);
    await popup.close();
  }
  return { runs, data, withDriver, rows };
}

function spread(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  return `${median(xs).toFixed(0)} ms median (${s[0]!.toFixed(0)}–${s.at(-1)!.toFixed(0)} ms over ${xs.length} runs)`;
}

export async function runTimelineBench(): Promise<void> {
  console.log('\n## Timeline');
  const now = Date.now();
  const log = syntheticLog('shop-f.test', 10_000, now);
  const spelledOut = log.events.reduce((sum, e) => sum + entryBytes(e), 0);
  const write = storedWrite(log, 0);
  const stored =
    JSON.stringify(write.head).length + write.chunks.reduce((sum, c) => sum + JSON.stringify(c.chunk).length, 0);
  console.log(
    `storage: ${(stored / 10).toFixed(0)} bytes per 1,000 events as stored (head + compact chunks, JSON size; ${(stored / 1024 / 1024).toFixed(2)} MB for 10,000), spelled out ${(spelledOut / 10).toFixed(0)}; values never stored`,
  );
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    buildTimelineView(log, { now });
    times.push(performance.now() - t0);
  }
  console.log(`worker: timeline view of 10,000 events built in ${median(times).toFixed(1)} ms (median of 9)`);
  const decode: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    logFromStored({ head: write.head, chunks: write.chunks.map((c) => c.chunk) });
    decode.push(performance.now() - t0);
  }
  console.log(
    `worker: whole 10,000-event log decoded from its chunks in ${median(decode).toFixed(1)} ms (median of 9)`,
  );

  if (!findChromium()) {
    console.log('(Chromium part skipped: no Chromium)');
    return;
  }
  const sites = await startSites();
  const h = await launchWithExtension({ dist: DIST_BENCH });
  try {
    // Seed the site's timeline where the extension keeps it (the extension origin's IndexedDB, version 2 records,
    // as src/browser/timeline-db.ts writes them), from an extension page: the worker-evaluate timeout is short.
    const seeder = await h.context.newPage();
    await seeder.goto(`chrome-extension://${h.extensionId}/src/reports/index.html`);
    const seed: Seed = { ...write, view: buildTimelineView(log, { now }), meta: siteMeta(log, now) };
    const seeded = await seeder.evaluate(async (seed: Seed) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('cookie-auditor-timeline', 2);
        r.onupgradeneeded = () => {
          for (const name of ['heads', 'chunks', 'views', 'meta']) {
            if (!r.result.objectStoreNames.contains(name)) r.result.createObjectStore(name);
          }
        };
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['heads', 'chunks', 'views', 'meta'], 'readwrite');
        const site = seed.head.site;
        tx.objectStore('heads').put(seed.head, site);
        for (const c of seed.chunks) tx.objectStore('chunks').put(c.chunk, [site, c.seq]);
        tx.objectStore('views').put(seed.view, site);
        tx.objectStore('meta').put(seed.meta, site);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return seed.head.end - seed.head.first;
    }, seed);
    await seeder.close();
    // The page's visit is a write, which loads the site's log into the worker's memory: the usual case.
    const { tabId } = await h.openTab(sites.https('shop-f.test'));
    const warm = await clickToRendered(h, tabId, 9, undefined, 'bench-timeline-10000.png');
    await waitFor(async () => (warm.rows > 0 ? true : null), 'rows');
    console.log(
      `popup: Timeline tab for a site with ${seeded.toLocaleString('en')} events, click → rendered ${spread(warm.runs)}; data in ${median(warm.data).toFixed(0)} ms; ${median(warm.withDriver).toFixed(0)} ms from before Playwright's click (the old method); ${warm.rows} rows drawn, the rest on "Load older visits" and "Show all"   target ≤ 150 ms`,
    );
    // Cold: the worker stopped before each popup, so nothing of the site is in its memory.
    const cold = await clickToRendered(h, tabId, 9, () => h.stopWorker());
    console.log(
      `popup, worker stopped before each open: click → rendered ${spread(cold.runs)}; data in ${median(cold.data).toFixed(0)} ms; ${median(cold.withDriver).toFixed(0)} ms from before Playwright's click   target ≤ 150 ms`,
    );
  } finally {
    await h.close();
    await sites.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runTimelineBench();
