import { describe, expect, it, vi } from 'vitest';
import { settleWorker, startWorker } from '../fake-browser';

vi.setConfig({ testTimeout: 60_000 });

const start = startWorker;

const settle = settleWorker;

const DAY = 86_400;

describe('the worker records a timeline per site', () => {
  it('set, overwritten (expiry changed) and deleted by the site, in order, with who set each, across a worker stop', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    const now = () => fb.ports.clock.now() / 1000;
    // Visit 1: the document response sets `pref` (1 day); page script sets `_ga`.
    fb.navigate(1, 'https://www.site-a.test/?token=secret', ['pref=a; Max-Age=86400; Secure']);
    fb.setCookie({ name: 'pref', domain: 'www.site-a.test', session: false, expirationDate: now() + DAY });
    fb.setCookie({ name: '_ga', domain: '.site-a.test', session: false, expirationDate: now() + 400 * DAY });
    await settle(fb, worker);

    // The worker is stopped between events; what it recorded is in storage.
    fb.stopWorker();
    const again = await start(fb);

    // Visit 2: `pref` comes back with 30 days, then an XHR response deletes `_ga`.
    fb.navigate(1, 'https://www.site-a.test/', ['pref=b; Max-Age=2592000; Secure']);
    fb.setCookie({ name: 'pref', domain: 'www.site-a.test', session: false, expirationDate: now() + 30 * DAY });
    await again.worker.settled();
    fb.request(1, 'https://www.site-a.test/logout', undefined, ['_ga=; Domain=site-a.test; Max-Age=0']);
    await again.worker.settled();
    const ga = [...fb.jar.values()].find((c) => c.name === '_ga')!;
    fb.removeCookie(ga, 'expired_overwrite');
    await settle(fb, again.worker);

    const view = await fb.send('get-timeline', { tabId: 1 });
    expect(view.site).toBe('site-a.test');
    expect(view.groups).toHaveLength(2);
    const rows = view.groups.flatMap((g) => g.events.map((e) => [e.kind, e.cookie.name, e.setBy]));
    // Newest visit first, newest event first.
    expect(rows).toEqual([
      ['deleted-by-site', '_ga', { kind: 'response', url: 'https://www.site-a.test/logout' }],
      ['overwritten', 'pref', { kind: 'response', url: 'https://www.site-a.test/' }],
      ['set', '_ga', { kind: 'script', frameUrl: 'https://www.site-a.test/' }],
      ['set', 'pref', { kind: 'response', url: 'https://www.site-a.test/' }],
    ]);
    const overwritten = view.groups[0]!.events[1]!;
    expect(overwritten.changes?.map((c) => c.field)).toContain('expires');
    // Visit URLs never keep the query.
    expect(view.groups[1]!.visit?.url).toBe('https://www.site-a.test/');
    expect(JSON.stringify(view)).not.toContain('secret');

    // Changed since the last visit: pref's lifespan, _ga gone; and the cookie list marks pref.
    expect(view.sinceLastVisit?.changes.map((c) => [c.kind, c.cookie.name])).toEqual([
      ['changed', 'pref'],
      ['gone', '_ga'],
    ]);
    const tabView = await fb.send('get-tab-view', { tabId: 1 });
    const pref = tabView.audit!.cookies.find((c) => c.cookie.name === 'pref')!;
    expect(tabView.marks?.[pref.id]).toBe('changed');

    // The All-sites page: the site's sparkline data; clearing forgets it.
    const [listing] = (await fb.send('list-sites', {})).filter((s) => s.site === 'site-a.test');
    expect(listing?.timeline?.events).toBe(4);
    await fb.send('clear-site-history', { site: 'site-a.test' });
    expect((await fb.send('get-timeline', { tabId: 1 })).totalEvents).toBe(0);
    expect(fb.timelineDb.logs.has('site-a.test')).toBe(false);
  });

  it('keeps incognito timelines in memory only', async () => {
    const { fb, worker } = await start();
    fb.openTab(2, true);
    fb.navigate(2, 'https://private.test/');
    fb.setCookie({ name: 'p', domain: 'private.test', storeId: '1' });
    await settle(fb, worker);
    expect(fb.timelineDb.logs.size).toBe(0);
    const view = await fb.send('get-timeline', { tabId: 2 });
    expect(view.totalEvents).toBe(1);
  });

  it('a burst of 5,000 changes on one site: none lost, writes batched', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://busy.test/');
    await settle(fb, worker);
    for (let i = 0; i < 5000; i++) fb.setCookie({ name: `c${i % 100}`, domain: 'busy.test', value: String(i) });
    await settle(fb, worker);
    const log = fb.timelineDb.logs.get('busy.test');
    expect(log ? log.events.length + log.dropped : 0).toBe(5000);
    expect(fb.timelineDb.saves()).toBeLessThan(20);
  });

  it('puts a consent choice on the same line of time, after the record cookie it came in', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://www.shop-ot.test/');
    await settle(fb, worker);
    fb.setCookie({
      name: 'OptanonConsent',
      domain: '.shop-ot.test',
      value: `isGpcEnabled=0&interactionCount=1&groups=${encodeURIComponent('C0001:1,C0002:0,C0004:0')}`,
    });
    await settle(fb, worker);
    const view = await fb.send('get-timeline', { tabId: 1 });
    const rows = view.groups[0]!.events.map((e) => [e.kind, e.cookie.name, e.consent?.platform ?? null]);
    expect(rows).toEqual([
      ['consent', 'OptanonConsent', 'OneTrust'],
      ['set', 'OptanonConsent', null],
    ]);
    expect(view.groups[0]!.events[0]!.consent?.choices).toEqual({ analytics: 'refused', marketing: 'refused' });
    expect(view.chart.bars.at(-1)?.consent).toEqual(['consent: analytics refused, marketing refused — OneTrust']);
    // Stored as written: a restarted worker reads the same from IndexedDB's records.
    expect(fb.timelineDb.logs.get('shop-ot.test')?.events.map((e) => e.kind)).toEqual(['set', 'consent']);
  });

  it('opens on the newest visits and gives older ones when asked; a bad ask gets a clear message', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    for (let v = 0; v < 8; v++) {
      fb.navigate(1, `https://many.test/p${v}`);
      await settle(fb, worker);
      for (let i = 0; i < 12; i++) fb.setCookie({ name: `c${i}`, domain: 'many.test', value: `${v}-${i}` });
      await settle(fb, worker);
      await fb.advance(60_000);
    }
    const first = await fb.send('get-timeline', { tabId: 1 });
    expect(first.visits).toBe(8);
    expect(first.groups.map((g) => g.visit?.url)).toEqual([
      'https://many.test/p7',
      'https://many.test/p6',
      'https://many.test/p5',
      'https://many.test/p4',
      'https://many.test/p3',
    ]);
    expect(first.groups[0]?.events).toHaveLength(10);
    expect(first.groups[0]?.total).toBe(12);
    const older = await fb.send('get-timeline', { tabId: 1, visits: 15, perGroup: 10 });
    expect(older.groups).toHaveLength(8);
    expect(older.groups.at(-1)?.visit?.url).toBe('https://many.test/p0');
    await expect(fb.send('get-timeline', { tabId: 1, visits: 0 })).rejects.toThrow(/"visits" must be a whole number/);
  });
});
