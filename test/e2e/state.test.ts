import { describe, expect, it } from 'vitest';
import { artifactPath, popupRows, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

describe('cookie identity in real Chromium', () => {
  const env = useExtension();

  it('shows the three sids as three rows, each deletable on its own (the others stay), with history kept apart', async () => {
    const page = await env.h.context.newPage();
    await page.goto(env.sites.https('www.sids.test'));
    const tabId = await env.h.tabIdOf(page);
    const popup = await env.h.openPopup(tabId);
    const sids = async () => (await popupRows(popup)).filter((r) => r.name === 'sid');
    await waitFor(async () => {
      await popup.reload();
      await popup.waitForSelector('[data-testid="app"]');
      return (await sids()).length === 3 ? true : null;
    }, 'three sid rows');
    const ids = await popup.$$eval('[data-testid="cookie-row"][data-name="sid"]', (rows) =>
      rows.map((r) => r.getAttribute('data-id') ?? ''),
    );
    const partitions = ids.map((id) => JSON.parse(id) as [string, string, string, string, string, number]);
    // Unpartitioned, partitioned under the site, partitioned with a cross-site ancestor.
    expect(partitions.map(([, , , , site, cross]) => `${site}|${cross}`).sort()).toEqual(
      ['|0', 'https://sids.test|0', 'https://sids.test|1'].sort(),
    );
    await popup.screenshot({ path: artifactPath('state-three-sids.png') });

    // Delete the one partitioned with a cross-site ancestor: the other two stay, in the browser too.
    const crossId = ids[partitions.findIndex(([, , , , , cross]) => cross === 1)]!;
    const row = popup.locator(`[data-testid="cookie-row"][data-id='${crossId}']`);
    await row.locator('.row').click();
    await row.locator('[data-testid="delete-one"]').click();
    await popup.locator('[data-testid="confirm-ok"]').click();
    await waitFor(async () => ((await sids()).length === 2 ? true : null), 'two sid rows left');
    const jar = await env.h.inWorker(
      async () =>
        (await chrome.cookies.getAll({ name: 'sid', partitionKey: {} } as chrome.cookies.GetAllDetails))
          .map((c) => c.value)
          .sort(),
      null,
    );
    expect(jar).toEqual(['partitioned', 'plain']);

    // Then the unpartitioned one: the partitioned one stays.
    const plainRow = popup.locator(
      `[data-testid="cookie-row"][data-id='${ids[partitions.findIndex(([, , , , site]) => site === '')]}']`,
    );
    await plainRow.locator('.row').click();
    await plainRow.locator('[data-testid="delete-one"]').click();
    await popup.locator('[data-testid="confirm-ok"]').click();
    await waitFor(async () => ((await sids()).length === 1 ? true : null), 'one sid row left');
    expect(
      await env.h.inWorker(
        async () =>
          (await chrome.cookies.getAll({ name: 'sid', partitionKey: {} } as chrome.cookies.GetAllDetails)).map(
            (c) => c.value,
          ),
        null,
      ),
    ).toEqual(['partitioned']);

    // Site history keeps them apart: the two deleted are gone, the partitioned one under the site still present.
    const history = await waitFor(
      () =>
        env.h.inWorker(async () => {
          const got = await chrome.storage.local.get('site:v2:sids.test');
          const h = got['site:v2:sids.test'] as { cookies: Record<string, { present: boolean }> } | undefined;
          if (!h) return null;
          const rows = Object.entries(h.cookies).map(([k, v]) => [JSON.parse(k)[4], JSON.parse(k)[5], v.present]);
          return rows.filter(([, , present]) => present === false).length === 2 ? rows : null;
        }, null),
      'history with the deleted sid',
    );
    expect(history).toEqual(
      expect.arrayContaining([
        ['', 0, false],
        ['https://sids.test', 0, true],
        ['https://sids.test', 1, false],
      ]),
    );
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('hostile storage in real Chromium', () => {
  const env = useExtension();

  it('1,000 × 8 KB Set-Cookie lines and a site named __proto__ leave other tabs, sites and settings saved', async () => {
    const calm = await env.h.context.newPage();
    await calm.goto(env.sites.https('other-d.test'));
    const calmTab = await env.h.tabIdOf(calm);

    const hostile = await env.h.context.newPage();
    await hostile.goto(env.sites.https('hostile.test'));
    await hostile.waitForFunction(() => document.title === 'done', null, { timeout: 90_000 });
    const hostileTab = await env.h.tabIdOf(hostile);

    const proto = await env.h.context.newPage();
    await proto.goto(env.sites.http('__proto__'));
    const protoTab = await env.h.tabIdOf(proto);

    // After the write batches: every tab's record and every site's history is in storage.
    const stored = await waitFor(
      () =>
        env.h.inWorker(
          async (ids: number[]) => {
            const session = await chrome.storage.session.get(ids.map((id) => `tab:v2:${id}`));
            const local = await chrome.storage.local.get(['site:v2:other-d.test', 'site:v2:__proto__']);
            const ok = ids.every((id) => `tab:v2:${id}` in session) && Object.keys(local).length === 2;
            return ok
              ? {
                  sessionBytes: await chrome.storage.session.getBytesInUse(null),
                  localBytes: await chrome.storage.local.getBytesInUse(null),
                  // A keyed write through "__proto__" would leave a record's fields on every object of the realm.
                  protoIsClean:
                    Object.keys(Object.prototype).length === 0 &&
                    ['at', 'bytes', 'site', 'cookies', 'hosts', 'dropped', 'present'].every((f) => !(f in {})),
                }
              : null;
          },
          [calmTab, hostileTab, protoTab],
        ),
      'every tab and site saved',
      60_000,
    );
    expect(stored.protoIsClean).toBe(true);
    expect(stored.sessionBytes).toBeLessThan(10 * 1024 * 1024);
    expect(stored.localBytes).toBeLessThan(10 * 1024 * 1024);

    // Settings are still writable, from the All-sites page, which says nothing is paused.
    const reports = await env.h.context.newPage();
    await reports.goto(`chrome-extension://${env.h.extensionId}/src/reports/index.html`);
    const saved = await reports.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({
        type: 'set-settings',
        settings: { maxTrackerLifetimeDays: 120 },
      });
      return (reply as { ok: boolean; value: { maxTrackerLifetimeDays: number } }).value.maxTrackerLifetimeDays;
    });
    expect(saved).toBe(120);
    await reports.waitForSelector('[data-testid="sites"]');
    expect(await reports.locator('[data-testid="history-paused"]').count()).toBe(0);
    expect(await reports.locator('tr[data-site="__proto__"]').count()).toBe(1);

    // The popup tells the truth about what was not kept.
    const popup = await env.h.openPopup(hostileTab);
    const dropped = await popup.locator('[data-testid="dropped-entries"]').innerText();
    expect(dropped).toMatch(/^\d[\d,]* older entries/);
    await popup.screenshot({ path: artifactPath('state-hostile-popup.png'), fullPage: true });
    await Promise.all([calm.close(), hostile.close(), proto.close(), reports.close(), popup.close()]);
  });
});
