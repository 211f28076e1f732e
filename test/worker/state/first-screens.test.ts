import { describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_PREFIX, type FirstScreen } from '../../../src/core/first-screen-summary';
import { storedBytes } from '../../../src/core/stored-bytes';
import { createWorker } from '../../../src/worker/create-worker';
import { FIRST_SCREEN_MAX_TABS, FIRST_SCREEN_TOTAL_BUDGET } from '../../../src/worker/state/first-screens';
import { type FakeBrowser, fakeBrowser, settleWorker as settle, startWorker as start } from '../fake-browser';

vi.setConfig({ testTimeout: 60_000 });

const summaryOf = (fb: FakeBrowser, tabId: number) =>
  fb.session.data.get(`${FIRST_SCREEN_PREFIX}${tabId}`) as FirstScreen | undefined;
const names = (s: FirstScreen | undefined) => s?.rows.map((r) => r.cookie.name).sort();

describe("the worker's first-screen summaries in storage.session", () => {
  it('is written once a tab’s events settle, with the rows the popup paints', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://www.shop.test/', ['sid=1; Secure; HttpOnly']);
    fb.setCookie({ name: 'sid', domain: 'www.shop.test', httpOnly: true, value: 'secret-value' });
    fb.setCookie({ name: '_ga', domain: '.shop.test', session: false, expirationDate: 2e9 });
    await settle(fb, worker);
    const s = summaryOf(fb, 1);
    expect(names(s)).toEqual(['_ga', 'sid']);
    expect(s?.url).toBe('https://www.shop.test/');
    expect(s?.summary.total).toBe(2);
    expect(JSON.stringify(s)).not.toContain('secret-value');
    // The live view agrees with it.
    const live = await fb.send('get-tab-view', { tabId: 1 });
    expect(s?.summary).toEqual(live.audit?.summary);
  });

  it('is rewritten when a cookie changes, and never on a popup’s open path', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://www.shop.test/');
    fb.setCookie({ name: 'sid', domain: 'www.shop.test' });
    await settle(fb, worker);
    const first = summaryOf(fb, 1);
    expect(names(first)).toEqual(['sid']);

    // Opening the popup (rows, then details), over and over: no storage write at all, now or later.
    const writes = () => fb.session.log.filter((l) => !l.startsWith('get')).length;
    const before = writes();
    for (let i = 0; i < 3; i += 1) {
      await fb.send('get-tab-view', { tabId: 1, rowsOnly: true });
      await fb.send('get-tab-view', { tabId: 1 });
    }
    await settle(fb, worker);
    expect(writes()).toBe(before);
    expect(summaryOf(fb, 1)).toEqual(first);

    // A cookie changed while the popup is closed: the summary follows.
    fb.setCookie({ name: 'cart', domain: 'www.shop.test' });
    await settle(fb, worker);
    const second = summaryOf(fb, 1);
    expect(names(second)).toEqual(['cart', 'sid']);
    expect(second!.at).toBeGreaterThan(first!.at);
  });

  it('leaves with its tab, and a restart drops those of tabs closed meanwhile', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://a.test/');
    fb.setCookie({ name: 'a', domain: 'a.test' });
    fb.openTab(2);
    fb.navigate(2, 'https://b.test/');
    fb.setCookie({ name: 'b', domain: 'b.test' });
    await settle(fb, worker);
    expect(summaryOf(fb, 1)).toBeDefined();
    expect(summaryOf(fb, 2)).toBeDefined();

    fb.closeTab(1);
    await settle(fb, worker);
    expect(summaryOf(fb, 1)).toBeUndefined();
    expect(await worker.state.firstScreens.store.names()).toEqual(['2']);

    // Tab 2 closes while the worker is stopped: the next worker removes its summary.
    fb.stopWorker();
    fb.closeTab(2);
    const next = createWorker(fb.ports);
    await next.ready();
    await settle(fb, next);
    expect([...fb.session.data.keys()].filter((k) => k.startsWith(FIRST_SCREEN_PREFIX))).toEqual([]);
  });

  it('keeps none for a private tab (storage.session is shared with normal windows)', async () => {
    const { fb, worker } = await start();
    fb.openTab(3, true);
    fb.navigate(3, 'https://private.test/');
    fb.setCookie({ name: 'p', domain: 'private.test', storeId: '1' });
    await settle(fb, worker);
    expect((await fb.send('get-tab-view', { tabId: 3 })).kind).toBe('ok');
    await settle(fb, worker);
    expect([...fb.session.data.keys()].filter((k) => k.startsWith('first-screen'))).toEqual([]);
  });

  it('is removed when the tab leaves the website for a browser page', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://a.test/');
    fb.setCookie({ name: 'a', domain: 'a.test' });
    await settle(fb, worker);
    expect(summaryOf(fb, 1)).toBeDefined();
    fb.navigate(1, 'chrome://settings/');
    await settle(fb, worker);
    expect(summaryOf(fb, 1)).toBeUndefined();
  });

  it('is bounded: at most FIRST_SCREEN_MAX_TABS summaries, each and all within their byte budgets', async () => {
    const { fb, worker } = await start(fakeBrowser());
    const tabs = FIRST_SCREEN_MAX_TABS + 20;
    for (let t = 1; t <= tabs; t += 1) {
      fb.openTab(t);
      fb.navigate(t, `https://site${t}.test/`);
      for (let i = 0; i < 3; i += 1) fb.setCookie({ name: `c${i}_${'n'.repeat(500)}`, domain: `site${t}.test` });
    }
    await settle(fb, worker);
    const stored = [...fb.session.data.entries()].filter(([k]) => k.startsWith(FIRST_SCREEN_PREFIX));
    expect(stored.length).toBe(FIRST_SCREEN_MAX_TABS);
    let total = 0;
    for (const [k, v] of stored) total += storedBytes(k, v);
    expect(total).toBeLessThanOrEqual(FIRST_SCREEN_TOTAL_BUDGET);
    // The most recently settled tabs are the ones kept.
    expect(summaryOf(fb, tabs)).toBeDefined();
  });
});
