import { describe, expect, it, vi } from 'vitest';
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
