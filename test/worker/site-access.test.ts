import { describe, expect, it } from 'vitest';
import { createWorker } from '../../src/worker/create-worker';
import { NO_SITE_ACCESS } from '../../src/worker/tab-view';
import { fakeBrowser } from './fake-browser';

describe('host access withdrawn after install', () => {
  it('says when the person has withdrawn the host access, instead of calling the site a browser page', async () => {
    const fb = fakeBrowser();
    const worker = createWorker(fb.ports);
    await worker.ready();
    fb.openTab(1);
    fb.navigate(1, 'https://www.shop.test/');
    fb.setAllSitesAccess(false);
    const view = await fb.send('get-tab-view', { tabId: 1 });
    expect(view).toMatchObject({ kind: 'unsupported', message: NO_SITE_ACCESS });
    fb.setAllSitesAccess(true);
    expect((await fb.send('get-tab-view', { tabId: 1 })).kind).toBe('ok');
  });
});
