import { describe, expect, it } from 'vitest';
import { createWorker } from '../../src/worker/create-worker';
import { fakeBrowser, settleWorker, startWorker } from './fake-browser';

const WORK = { cookieStoreId: 'firefox-container-2', name: 'Work', color: 'orange', colorCode: '#ff9f00' };

describe('Firefox containers in the worker', () => {
  it("views a container tab with only its container's cookies and names the container", async () => {
    const fb = fakeBrowser();
    const worker = createWorker(fb.ports);
    await worker.ready();
    fb.addContainer(WORK);
    fb.openTab(1, false, 'firefox-default');
    fb.openTab(2, false, WORK.cookieStoreId);
    fb.navigate(1, 'https://www.shop.test/');
    fb.navigate(2, 'https://www.shop.test/');
    fb.setCookie({ name: 'personal_sid', domain: 'www.shop.test', storeId: 'firefox-default' });
    fb.setCookie({ name: 'work_sid', domain: 'www.shop.test', storeId: WORK.cookieStoreId });
    await worker.settled();
    await fb.advance(5_000);

    const work = await fb.send('get-tab-view', { tabId: 2 });
    expect(work.audit?.cookies.map((c) => c.cookie.name)).toEqual(['work_sid']);
    expect(work.container).toEqual(WORK);
    const personal = await fb.send('get-tab-view', { tabId: 1 });
    expect(personal.audit?.cookies.map((c) => c.cookie.name)).toEqual(['personal_sid']);
    expect(personal).not.toHaveProperty('container');
  });

  it("lists a container's sites and reports for the All-sites page, and refuses any other named store", async () => {
    const fb = fakeBrowser();
    const worker = createWorker(fb.ports);
    await worker.ready();
    fb.addContainer(WORK);
    fb.setCookie({ name: 'personal_sid', domain: 'www.shop.test' });
    fb.setCookie({ name: 'work_sid', domain: 'www.work.test', storeId: WORK.cookieStoreId });
    await worker.settled();

    expect(await fb.send('list-containers', {})).toEqual([WORK]);
    // Without a container: the default store's cookies; work.test is still known from the history (kept per site,
    // not per container) but holds none of them.
    const plain = await fb.send('list-sites', {});
    expect(Object.fromEntries(plain.map((s) => [s.site, s.present]))).toEqual({ 'shop.test': 1, 'work.test': 0 });
    expect((await fb.send('list-sites', { storeId: WORK.cookieStoreId })).map((s) => s.site)).toEqual(['work.test']);
    const all = await fb.send('all-sites-report', {
      format: 'json',
      includeValues: false,
      storeId: WORK.cookieStoreId,
    });
    expect(all.body).toContain('work_sid');
    expect(all.body).not.toContain('personal_sid');
    for (const storeId of ['firefox-private', '1', 'firefox-container-x', 42]) {
      const reply = await fb.sendRaw({ type: 'list-sites', storeId });
      expect(reply.ok, String(storeId)).toBe(false);
    }
  });

  it('views a private-window tab (store firefox-private) with only its own cookies, and keeps nothing of it', async () => {
    const { fb, worker } = await startWorker();
    fb.openTab(1, false, 'firefox-default');
    fb.navigate(1, 'https://www.shop.test/');
    fb.openTab(2, true, 'firefox-private');
    fb.navigate(2, 'https://www.shop.test/');
    fb.request(2, 'https://tracker.test/pixel', undefined, ['px=1; Secure; SameSite=None']);
    fb.setCookie({ name: 'personal_sid', domain: 'www.shop.test', storeId: 'firefox-default' });
    fb.setCookie({ name: 'private_sid', domain: 'www.shop.test', storeId: 'firefox-private' });
    fb.setCookie({ name: 'px', domain: 'tracker.test', storeId: 'firefox-private', sameSite: 'no_restriction' });
    await settleWorker(fb, worker);

    const view = await fb.send('get-tab-view', { tabId: 2 });
    expect(view.incognito).toBe(true);
    expect(view.audit?.cookies.map((c) => c.cookie.name).sort()).toEqual(['private_sid', 'px']);
    expect((await fb.send('get-tab-view', { tabId: 1 })).audit?.cookies.map((c) => c.cookie.name)).toEqual([
      'personal_sid',
    ]);
    // Private cookies never reach storage (history, timeline, tab records) nor the All-sites page.
    const stored = JSON.stringify([
      ...fb.session.data,
      ...fb.local.data,
      ...fb.timelineDb.heads,
      ...fb.timelineDb.views,
    ]);
    expect(stored).not.toContain('private_sid');
    expect(stored).not.toContain('tracker.test');
    expect(stored).toContain('personal_sid');
    const sites = await fb.send('list-sites', {});
    expect(sites.map((s) => s.site)).toEqual(['shop.test']);
    const all = await fb.send('all-sites-report', { format: 'json', includeValues: false });
    expect(all.body).not.toContain('private_sid');
    // The private store is not a container: the All-sites page may not ask for it.
    expect((await fb.sendRaw({ type: 'list-sites', storeId: 'firefox-private' })).ok).toBe(false);
  });
});
