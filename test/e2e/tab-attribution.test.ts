/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { artifactPath, type Harness, popupRows, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

async function rowsWhen(h: Harness, tabId: number, ok: (names: string[]) => boolean, what: string) {
  const popup = await h.openPopup(tabId);
  let last: string[] = [];
  try {
    return await waitFor(async () => {
      await popup.reload();
      await popup.waitForSelector('[data-testid="app"], [data-testid^="state-"]');
      const rows = await popupRows(popup);
      const blocked = await popup.$$eval('[data-testid="blocked-row"]', (r) =>
        r.map((x) => x.getAttribute('data-name')),
      );
      last = rows.map((r) => r.name);
      return ok(last) ? { rows, blocked, popup } : null;
    }, what);
  } catch (error) {
    await popup.close();
    // Say what the popup showed and what the worker recorded, so a failure explains itself.
    const rec = await h
      .inWorker(
        async (id: number) =>
          JSON.stringify((await chrome.storage.session.get(`tab:v2:${id}`))[`tab:v2:${id}`] ?? null).slice(0, 1500),
        tabId,
      )
      .catch((e: unknown) => `unreadable: ${String(e)}`);
    const origin = await h.inWorker(() => performance.timeOrigin, null).catch(() => -1);
    throw new Error(
      `${String(error)}\npopup showed: ${last.join(', ')}\nstored record: ${rec}\nworker started at ${origin} (now ${Date.now()})`,
    );
  }
}

interface StoredRecord {
  url: string;
  setAttempts: { name: string }[];
}

/** Waits until the tab's record in storage.session satisfies `ok`. */
function persisted(h: Harness, tabId: number, ok: (rec: StoredRecord) => boolean) {
  return waitFor(async () => {
    const rec = await h.inWorker(
      async (id: number) => (await chrome.storage.session.get(`tab:v2:${id}`))[`tab:v2:${id}`] ?? null,
      tabId,
    );
    return rec && ok(rec as StoredRecord) ? true : null;
  }, 'tab record persisted');
}

describe('tab attribution with third-party cookies allowed', () => {
  const env = useExtension({ allowThirdPartyCookies: true });

  it("shows A's cookies as first-party, B's and C's as third-party, C's partitioned cookie, and nothing of A in another tab", async () => {
    const a = await env.h.context.newPage();
    await a.goto(env.sites.https('www.site-a.test'));
    await a.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    const tabA = await env.h.tabIdOf(a);

    const { rows, popup } = await rowsWhen(
      env.h,
      tabA,
      (n) => ['sessionKey', '_fbp', 'tb_uid', 'tb_sync', 'wc_session', 'wc_pref'].every((x) => n.includes(x)),
      'first- and third-party cookies of tab A',
    );
    const party = (name: string) => rows.find((r) => r.name === name)?.text ?? '';
    expect(party('sessionKey')).toContain('1st');
    expect(party('_fbp')).toContain('1st');
    for (const third of ['tb_uid', 'tb_sync', 'wc_pref', 'wc_session']) expect(party(third)).toContain('3rd');
    expect(party('wc_session')).toContain('Partitioned');
    expect(party('wc_pref')).not.toContain('Partitioned');
    // Nothing was refused with third-party cookies allowed.
    expect(await popup.locator('[data-testid="blocked"]').count()).toBe(0);
    await popup.screenshot({ path: artifactPath('tab-attribution-3p-allowed.png'), fullPage: true });
    await popup.close();

    // A second tab on another site shows only its own cookie: none of A's, B's or C's.
    const d = await env.h.context.newPage();
    await d.goto(env.sites.https('other-d.test'));
    const tabD = await env.h.tabIdOf(d);
    const other = await rowsWhen(env.h, tabD, (n) => n.includes('od_session'), "tab D's cookie");
    expect(other.rows.map((r) => r.name)).toEqual(['od_session']);
    await other.popup.close();
    await d.close();
  });

  it('resets a tab on navigation, and keeps everything when the worker stops between two page loads', async () => {
    const page = await env.h.context.newPage();
    await page.goto(env.sites.https('www.site-a.test', '/next'));
    const tabId = await env.h.tabIdOf(page);
    // This page embeds nothing: the third parties the other tab talked to are not this tab's.
    const plain = await rowsWhen(env.h, tabId, (n) => n.includes('sessionKey'), 'site A cookies on /next');
    expect(plain.rows.map((r) => r.name)).not.toContain('tb_uid');
    expect(plain.rows.map((r) => r.name)).not.toContain('wc_pref');
    // A CHIPS cookie partitioned under site A is part of every A page's partition.
    expect(plain.rows.map((r) => r.name)).toContain('wc_session');
    await plain.popup.close();

    // Stop the worker between two page loads: the next page's own events wake it, and it must attribute them all.
    // Writes are batched (one per 200 ms), so first wait for the batch to land, as Chrome's 30 s idle stop would.
    await persisted(env.h, tabId, (rec) => rec.url.endsWith('/next'));
    await env.h.stopWorker();
    await page.goto(env.sites.https('www.site-a.test'));
    await page.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    const after = await rowsWhen(
      env.h,
      tabId,
      (n) => ['tb_uid', 'tb_sync', 'wc_pref', 'wc_session', 'sessionKey', '_fbp'].every((x) => n.includes(x)),
      'tab A after a worker stop',
    );
    expect(after.rows.find((r) => r.name === 'tb_uid')?.text).toContain('3rd');
    const names = after.rows.map((r) => r.name).sort();
    await after.popup.close();

    // And a stop after the page loaded: reopening the popup shows the same picture.
    await persisted(env.h, tabId, (rec) => rec.setAttempts.some((a) => a.name === 'tb_uid'));
    await env.h.stopWorker();
    const again = await rowsWhen(env.h, tabId, (n) => n.length >= names.length, 'tab A after a second worker stop');
    expect(again.rows.map((r) => r.name).sort()).toEqual(names);
    await again.popup.close();

    await page.goto(env.sites.https('other-d.test'));
    const reset = await rowsWhen(env.h, tabId, (n) => n.includes('od_session'), 'tab after navigating to D');
    expect(reset.rows.map((r) => r.name)).toEqual(['od_session']);
    await reset.popup.close();
    await page.close();
  });

  it('drops a tab record when the tab closes', async () => {
    const page = await env.h.context.newPage();
    await page.goto(env.sites.https('other-d.test'));
    const tabId = await env.h.tabIdOf(page);
    await waitFor(
      () =>
        env.h.inWorker(
          async (id: number) => `tab:v2:${id}` in (await chrome.storage.session.get(`tab:v2:${id}`)),
          tabId,
        ),
      'tab record stored',
    );
    await page.close();
    await waitFor(
      () =>
        env.h.inWorker(
          async (id: number) => !(`tab:v2:${id}` in (await chrome.storage.session.get(`tab:v2:${id}`))),
          tabId,
        ),
      'tab record deleted',
    );
  });
});

describe('tab attribution with third-party cookies blocked (the default)', () => {
  const env = useExtension();

  it('lists refused third-party attempts as blocked and still shows the partitioned cookie', async () => {
    const a = await env.h.context.newPage();
    await a.goto(env.sites.https('www.site-a.test'));
    await a.waitForFunction(() => document.documentElement.dataset.trackerRan === 'yes');
    const tabA = await env.h.tabIdOf(a);
    const { rows, blocked, popup } = await rowsWhen(
      env.h,
      tabA,
      (n) => n.includes('wc_session') && n.includes('_fbp'),
      'partitioned cookie and first-party cookies',
    );
    expect(rows.map((r) => r.name)).not.toContain('tb_uid');
    expect(rows.find((r) => r.name === 'wc_session')?.text).toContain('Partitioned');
    expect(blocked.sort()).toEqual(['tb_sync', 'tb_uid', 'wc_pref']);
    expect(await popup.locator('[data-testid="blocked"]').innerText()).toMatch(/third-party cookie blocked/);
    await popup.close();
  });
});
