import { describe, expect, it } from 'vitest';
import { createSiteAudits, siteOfCookie } from '../../src/worker/site-audits';
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
});
