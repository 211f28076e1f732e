import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../src/core/types';
import { settleWorker, startWorker } from './fake-browser';

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
