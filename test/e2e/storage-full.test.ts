import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

/**
 * Fills storage.local (10 MB, chrome.storage.local.QUOTA_BYTES) to its last few bytes with another writer's key,
 * from an extension page (a 10 MB write can outlast the harness's 10 s limit on worker evaluates).
 */
async function fillToTheBrim(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const area = chrome.storage.local;
    const key = 'e2e-filler';
    const had = ((await area.get(key))[key] as string | undefined) ?? '';
    const used = await area.getBytesInUse(null);
    const room = area.QUOTA_BYTES - used;
    // Key length and the JSON quotes count once (already counted when the key exists); leave 16 bytes.
    const extra = room - (had === '' ? key.length + 2 : 0) - 16;
    if (extra > 0) await area.set({ [key]: had + 'z'.repeat(extra) });
    return area.QUOTA_BYTES - (await area.getBytesInUse(null));
  });
}

describe('storage.local full in real Chromium', () => {
  const env = useExtension();

  it('settings still save by giving up history, and the All-sites page says "history paused"', async () => {
    const page = await env.h.context.newPage();
    await page.goto(env.sites.https('other-d.test'));
    await waitFor(
      () =>
        env.h.inWorker(
          async () => 'site:v2:other-d.test' in (await chrome.storage.local.get('site:v2:other-d.test')),
          null,
        ),
      'the history of other-d.test saved',
    );
    const reports = await env.h.context.newPage();
    await reports.goto(`chrome-extension://${env.h.extensionId}/src/reports/index.html`);
    expect(await fillToTheBrim(reports)).toBeLessThanOrEqual(64);

    // Settings, written while storage is full of another writer's data: saved, by giving up the oldest history.
    const reply = await reports.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'set-settings', settings: { maxTrackerLifetimeDays: 90 } }),
    );
    expect(reply).toMatchObject({ ok: true, value: { maxTrackerLifetimeDays: 90 } });
    const stored = await reports.evaluate(async () => {
      const all = await chrome.storage.local.get(['settings:v1', 'site:v2:other-d.test']);
      return {
        settings: (all['settings:v1'] as { maxTrackerLifetimeDays?: number } | undefined)?.maxTrackerLifetimeDays,
        filler: (await chrome.storage.local.getBytesInUse('e2e-filler')) > 10_000_000,
        history: 'site:v2:other-d.test' in all,
      };
    });
    expect(stored).toEqual({ settings: 90, filler: true, history: false });

    // Full again, and a new site's history cannot be saved: the All-sites page says so.
    expect(await fillToTheBrim(reports)).toBeLessThanOrEqual(64);
    await page.goto(env.sites.https('shop-f.test'));
    await waitFor(
      () =>
        reports.evaluate(async () => {
          const r = (await chrome.runtime.sendMessage({ type: 'storage-status' })) as {
            value: { pausedSince?: number };
          };
          return r.value.pausedSince !== undefined;
        }),
      'history paused',
      20_000,
    );
    await reports.reload();
    const banner = reports.locator('[data-testid="history-paused"]');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(
      /^History paused: storage full since .+ \(\d+ writes could not be saved\)/,
    );
    await reports.screenshot({ path: artifactPath('storage-full-reports.png') });
    await Promise.all([page.close(), reports.close()]);
  });
});

describe('storage.session full in real Chromium', () => {
  const env = useExtension();

  /** Fills storage.session from the worker in 1 MB keys (no extension page open: it would be a tab with a record). */
  async function fillSession(): Promise<number> {
    for (let i = 0; ; i++) {
      const room = await env.h.inWorker(async (n: number) => {
        const area = chrome.storage.session;
        const key = `e2e-filler-${n}`;
        const left = area.QUOTA_BYTES - (await area.getBytesInUse(null)) - key.length - 2 - 16;
        if (left > 0) await area.set({ [key]: 'z'.repeat(Math.min(left, 1024 * 1024)) });
        return area.QUOTA_BYTES - (await area.getBytesInUse(null));
      }, i);
      if (room <= 64 || i > 20) return room;
    }
  }

  it('a tab whose whole record was dropped says so in its popup, and the All-sites page counts it', async () => {
    const first = await env.h.openTab(env.sites.https('other-d.test'));
    const second = await env.h.openTab(env.sites.https('shop-f.test'));
    const ids = [first.tabId, second.tabId];
    const storedTabs = () =>
      env.h.inWorker(
        async (list: number[]) =>
          Object.keys(await chrome.storage.session.get(list.map((id) => `tab:v2:${id}`))).sort(),
        ids,
      );
    await waitFor(async () => (await storedTabs()).length === 2, 'both tab records saved');
    expect(await fillSession()).toBeLessThanOrEqual(64);

    // A third tab's record cannot be saved: the least recently touched tab's record is dropped whole.
    const third = await env.h.openTab(env.sites.https('other-d.test'));
    const stored = await waitFor(
      async () => {
        const got = await storedTabs();
        return got.length < 2 ? got : null;
      },
      'a tab record dropped',
      20_000,
    );
    // Room again (each write into a full area would drop one more tab).
    await env.h.inWorker(async () => {
      const all = await chrome.storage.session.get(null);
      await chrome.storage.session.remove(Object.keys(all).filter((k) => k.startsWith('e2e-filler-')));
    }, null);
    const dropped = stored.includes(`tab:v2:${first.tabId}`) ? second : first;

    const reports = await env.h.context.newPage();
    await reports.goto(`chrome-extension://${env.h.extensionId}/src/reports/index.html`);
    const hint = reports.locator('[data-testid="dropped-tabs"]');
    await hint.waitFor();
    expect(await hint.innerText()).toMatch(/^\d+ tab records were dropped since the browser started/);

    const popup = await env.h.openPopup(dropped.tabId);
    const note = popup.locator('[data-testid="record-dropped"]');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/earlier entries were not kept/);
    await popup.screenshot({ path: artifactPath('storage-full-dropped-tab-popup.png'), fullPage: true });
    // A tab opened with room again keeps its record, and its popup claims nothing.
    const kept = await env.h.openTab(env.sites.https('shop-f.test'));
    const other = await env.h.openPopup(kept.tabId);
    expect(await other.locator('[data-testid="record-dropped"]').count()).toBe(0);
    await Promise.all([first.page, second.page, third.page, kept.page, reports, popup, other].map((p) => p.close()));
  });
});
