import { describe, expect, it } from 'vitest';
import { siteOfCookie } from '../../src/core/party';
import { createSiteAudits } from '../../src/worker/site-audits';
import { startWorker } from './fake-browser';

describe('siteOfCookie', () => {
  it('puts a cookie under its own site, its partition, or (first-party isolation) its firstPartyDomain', () => {
    expect(siteOfCookie({ domain: '.www.shop.test' })).toBe('shop.test');
    expect(siteOfCookie({ domain: 'tracker-b.test', partitionKey: { topLevelSite: 'https://site-a.test' } })).toBe(
      'site-a.test',
    );
    expect(siteOfCookie({ domain: 'tracker-b.test', firstPartyDomain: 'other-d.test' })).toBe('other-d.test');
  });
});

describe('the All-sites page under first-party isolation', () => {
  it("groups a tracker's copies with the sites they were set under", async () => {
    const { fb, worker } = await startWorker();
    fb.setCookie({ name: 'sessionKey', domain: 'www.site-a.test', firstPartyDomain: 'site-a.test' });
    fb.setCookie({ name: 'tb_uid', domain: 'tracker-b.test', value: 'A', firstPartyDomain: 'site-a.test' });
    fb.setCookie({ name: 'tb_uid', domain: 'tracker-b.test', value: 'D', firstPartyDomain: 'other-d.test' });
    await worker.settled();
    const jar = await createSiteAudits(fb.ports, worker.state).jarBySite();
    const grouped = Object.fromEntries(
      [...jar].map(([site, cookies]) => [site, cookies.map((c) => `${c.name}=${c.value}`).sort()]),
    );
    expect(grouped).toEqual({ 'site-a.test': ['sessionKey=v', 'tb_uid=A'], 'other-d.test': ['tb_uid=D'] });
  });

  it("files the tracker's copies in the history of the sites they were set on, so the tracker is not listed itself", async () => {
    const { fb, worker } = await startWorker();
    fb.setCookie({ name: 'sessionKey', domain: 'www.site-a.test', firstPartyDomain: 'site-a.test' });
    fb.setCookie({ name: 'tb_uid', domain: 'tracker-b.test', value: 'A', firstPartyDomain: 'site-a.test' });
    fb.setCookie({ name: 'tb_uid', domain: 'tracker-b.test', value: 'D', firstPartyDomain: 'other-d.test' });
    // Chrome's equivalent: a partitioned (CHIPS) cookie of the tracker, keyed to the site it was set on.
    fb.setCookie({ name: 'tb_chips', domain: 'tracker-b.test', partitionKey: { topLevelSite: 'https://site-a.test' } });
    await worker.settled();
    const sites = await fb.send('list-sites', {});
    expect(sites.map((s) => s.site).sort()).toEqual(['other-d.test', 'site-a.test']);
    expect(sites.find((s) => s.site === 'site-a.test')?.present).toBe(3);
    const history = await worker.state.sites.read('site-a.test');
    expect(Object.keys(history?.cookies ?? {}).length).toBe(3);
    expect(await worker.state.sites.read('tracker-b.test')).toBeUndefined();
  });
});
