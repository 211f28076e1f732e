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
    const key = 'e2e-filler';
    const had = ((await chrome.storage.local.get(key))[key] as string | undefined) ?? '';
    const used = await chrome.storage.local.getBytesInUse(null);
    const room = chrome.storage.local.QUOTA_BYTES - used;
    // Key length and the JSON quotes count once (already counted when the key exists); leave 16 bytes.
    const extra = room - (had === '' ? key.length + 2 : 0) - 16;
    if (extra > 0) await chrome.storage.local.set({ [key]: had + 'z'.repeat(extra) });
    return chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
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
    expect(await fillToTheBrim(reports)).toBeLessThanOrEqual(16);

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
    expect(await fillToTheBrim(reports)).toBeLessThanOrEqual(16);
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
