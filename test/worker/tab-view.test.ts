import { describe, expect, it, vi } from 'vitest';
import type { Cookie } from '../../src/core/types';
import { type fakeBrowser, settleWorker, startWorker } from './fake-browser';

vi.setConfig({ testTimeout: 60_000 });

/** OneTrust's "Reject all", as the banner writes it. */
function rejectAll(fb: ReturnType<typeof fakeBrowser>, at: number): void {
  const groups = encodeURIComponent('C0001:1,C0002:0,C0003:0,C0004:0');
  fb.setCookie({
    name: 'OptanonConsent',
    domain: '.shop.test',
    hostOnly: false,
    value: `isGpcEnabled=0&datestamp=x&interactionCount=1&groups=${groups}`,
  });
  fb.setCookie({
    name: 'OptanonAlertBoxClosed',
    domain: '.shop.test',
    hostOnly: false,
    value: new Date(at).toISOString(),
  });
}

describe("tab views: the browser's Global Privacy Control", () => {
  it("reads Sec-GPC from the page's requests into the consent state the popup and reports show", async () => {
    const { fb, worker } = await startWorker();
    fb.setBrowserGpc(true);
    fb.openTab(1);
    fb.navigate(1, 'https://www.shop.test/');
    rejectAll(fb, fb.ports.clock.now());
    await settleWorker(fb, worker);
    const view = await fb.send('get-tab-view', { tabId: 1 });
    expect(view.audit?.consent?.gpc.browser).toBe(true);
    expect((await worker.state.tabs.read('1'))?.gpc).toBe(true);
  });

  it('says GPC is off when the document request went without it, and follows the next page', async () => {
    const { fb, worker } = await startWorker();
    fb.openTab(1);
    fb.navigate(1, 'https://www.shop.test/');
    rejectAll(fb, fb.ports.clock.now());
    await settleWorker(fb, worker);
    expect((await fb.send('get-tab-view', { tabId: 1 })).audit?.consent?.gpc.browser).toBe(false);
    fb.setBrowserGpc(true);
    fb.navigate(1, 'https://www.shop.test/next');
    await settleWorker(fb, worker);
    expect((await fb.send('get-tab-view', { tabId: 1 })).audit?.consent?.gpc.browser).toBe(true);
  });

  it('leaves GPC unknown for a page whose requests the worker never saw', async () => {
    const { fb, worker } = await startWorker();
    const tab = fb.openTab(1);
    // A page loaded before the extension: the tab has a URL but no request went through the worker.
    tab.url = 'https://www.shop.test/';
    rejectAll(fb, fb.ports.clock.now());
    await settleWorker(fb, worker);
    const consent = (await fb.send('get-tab-view', { tabId: 1 })).audit?.consent;
    expect(consent?.answered).toBe(true);
    expect(consent?.gpc.browser).toBeUndefined();
  });
});

const PIXEL = 'https://tracker-b.test/pixel.gif';

describe('collectTabJar in Firefox', () => {
  it('with first-party isolation, shows each tab only the copy of a shared tracker cookie keyed to its own site', async () => {
    const { fb, worker } = await startWorker();
    const store = 'firefox-default';
    fb.openTab(1, false, store);
    fb.navigate(1, 'https://www.site-a.test/');
    fb.request(1, PIXEL, undefined, ['tb_uid=A; Path=/; Secure; SameSite=None']);
    fb.openTab(2, false, store);
    fb.navigate(2, 'https://other-d.test/');
    fb.request(2, PIXEL, undefined, ['tb_uid=D; Path=/; Secure; SameSite=None']);
    // As Firefox stores them with privacy.firstparty.isolate: one jar, each cookie keyed to the site it was set under.
    const fpi = (c: Pick<Cookie, 'name' | 'domain' | 'value' | 'firstPartyDomain'>) =>
      fb.setCookie({ storeId: store, sameSite: 'no_restriction', ...c });
    fpi({ name: 'sessionKey', domain: 'www.site-a.test', value: 'a', firstPartyDomain: 'site-a.test' });
    fpi({ name: 'od_session', domain: 'other-d.test', value: 'd', firstPartyDomain: 'other-d.test' });
    fpi({ name: 'tb_uid', domain: 'tracker-b.test', value: 'A', firstPartyDomain: 'site-a.test' });
    fpi({ name: 'tb_uid', domain: 'tracker-b.test', value: 'D', firstPartyDomain: 'other-d.test' });
    // A tracker copy keyed to a third site neither tab visited.
    fpi({ name: 'tb_uid', domain: 'tracker-b.test', value: 'X', firstPartyDomain: 'elsewhere.test' });
    await settleWorker(fb, worker);

    const shown = async (tabId: number) =>
      (await fb.send('get-tab-view', { tabId })).audit?.cookies
        .map((c) => `${c.cookie.name}=${c.cookie.value}@${c.cookie.firstPartyDomain}`)
        .sort();
    expect(await shown(1)).toEqual(['sessionKey=a@site-a.test', 'tb_uid=A@site-a.test']);
    expect(await shown(2)).toEqual(['od_session=d@other-d.test', 'tb_uid=D@other-d.test']);
  });

  it('tells a cookie Total Cookie Protection partitioned from a CHIPS one the server marked Partitioned', async () => {
    const { fb, worker } = await startWorker();
    const store = 'firefox-default';
    const site = { topLevelSite: 'https://site-a.test' };
    fb.openTab(1, false, store);
    fb.navigate(1, 'https://www.site-a.test/');
    fb.request(1, PIXEL, undefined, ['tb_uid=1; Path=/; Max-Age=9999999; Secure; SameSite=None']);
    fb.request(1, 'https://widget-c.test/embed', undefined, [
      'wc_session=2; Path=/; Secure; HttpOnly; SameSite=None; Partitioned',
    ]);
    fb.setCookie({ name: 'tb_uid', domain: 'tracker-b.test', storeId: store, partitionKey: site });
    fb.setCookie({ name: 'wc_session', domain: 'widget-c.test', storeId: store, partitionKey: site });
    await settleWorker(fb, worker);

    const view = await fb.send('get-tab-view', { tabId: 1 });
    const seen = Object.fromEntries(view.audit?.cookies.map((c) => [c.cookie.name, c.observedVia]) ?? []);
    expect(seen).toEqual({
      tb_uid: ['partitioned-by-browser', 'response'],
      wc_session: ['partitioned', 'response'],
    });
  });
});
