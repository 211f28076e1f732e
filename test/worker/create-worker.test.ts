import { describe, expect, it, vi } from 'vitest';
import { cookieKey } from '../../src/core/cookie-key';
import { BADGE_MAX_WAIT_MS } from '../../src/worker/badges';
import { createWorker } from '../../src/worker/create-worker';
import { fakeBrowser, settleWorker, startWorker } from './fake-browser';

const start = startWorker;

const settle = settleWorker;

vi.setConfig({ testTimeout: 60_000 });

describe('the worker over an in-memory browser', () => {
  it('registers every listener synchronously, before any await', () => {
    const fb = fakeBrowser();
    expect(Object.values(fb.listenerCounts()).every((n) => n === 0)).toBe(true);
    createWorker(fb.ports);
    // Counted in the same task as the call: a listener added after an await would still read 0 here.
    const counts = fb.listenerCounts();
    expect(Object.keys(counts).sort()).toEqual([
      'committed',
      'cookie',
      'created',
      'frame',
      'mainFrame',
      'messages',
      'removed',
      'replaced',
      'response',
      'sent',
    ]);
    for (const [event, n] of Object.entries(counts)) expect({ event, n }).toEqual({ event, n: 1 });
  });

  it('cookie change → tab record → badge', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://www.shop.test/', ['sid=1; Secure; HttpOnly']);
    fb.setCookie({ name: 'sid', domain: 'www.shop.test', httpOnly: true });
    // A risky cookie written by page script: readable by scripts, a session credential.
    fb.setCookie({ name: 'session_id', domain: '.shop.test', secure: false, session: false, expirationDate: 2e9 });
    await settle(fb, worker);
    const view = await fb.send('get-tab-view', { tabId: 1 });
    expect(view.audit?.cookies.map((c) => c.cookie.name).sort()).toEqual(['session_id', 'sid']);
    const badge = fb.badges.get(1);
    expect(badge?.text).toBe(String(view.audit!.summary.findings - view.audit!.summary.bySeverity.info));
    expect(badge?.color).toBe('#c62828');
    const rec = await worker.state.tabs.read('1');
    expect(rec?.scriptSets).toContain(
      cookieKey(fb.jar.get(cookieKey({ name: 'session_id', domain: '.shop.test', path: '/', storeId: '0' }))!),
    );
  });

  it('resets a tab on navigation and forgets it when it closes', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://a.test/');
    fb.request(1, 'https://tracker.test/p.gif', 't=1');
    await settle(fb, worker);
    expect((await worker.state.tabs.read('1'))?.hosts).toContain('tracker.test');
    fb.navigate(1, 'https://b.test/');
    await settle(fb, worker);
    const rec = await worker.state.tabs.read('1');
    expect(rec?.site).toBe('b.test');
    expect(rec?.hosts).not.toContain('tracker.test');
    fb.closeTab(1);
    await settle(fb, worker);
    expect(await worker.state.tabs.read('1')).toBeUndefined();
    expect([...fb.session.data.keys()].filter((k) => k.startsWith('tab:'))).toEqual([]);
  });

  it('picks up where it was after a restart from storage', async () => {
    const { fb, worker } = await start();
    fb.openTab(7);
    fb.navigate(7, 'https://www.a.test/');
    fb.request(7, 'https://cdn.tracker.test/x.js', 'tid=abc');
    fb.setCookie({ name: 'tid', domain: '.tracker.test', sameSite: 'no_restriction' });
    fb.setCookie({ name: 'own', domain: 'www.a.test' });
    await settle(fb, worker);
    const before = await fb.send('get-tab-view', { tabId: 7 });
    fb.stopWorker();
    const again = await start(fb);
    const after = await fb.send('get-tab-view', { tabId: 7 });
    expect(after.audit?.cookies.map((c) => c.id).sort()).toEqual(before.audit?.cookies.map((c) => c.id).sort());
    expect(after.history && Object.keys(after.history).length).toBeGreaterThan(0);
    // The restarted worker still follows events.
    fb.setCookie({ name: 'late', domain: 'www.a.test' });
    await settle(fb, again.worker);
    expect((await fb.send('get-tab-view', { tabId: 7 })).audit?.cookies.map((c) => c.cookie.name)).toContain('late');
  });

  it('routes incognito tabs to memory only: nothing of theirs reaches storage', async () => {
    const { fb, worker } = await start();
    fb.openTab(3, true);
    fb.navigate(3, 'https://private.test/');
    fb.setCookie({ name: 'p', domain: 'private.test', storeId: '1' });
    await settle(fb, worker);
    const view = await fb.send('get-tab-view', { tabId: 3 });
    expect(view.incognito).toBe(true);
    expect(view.audit?.cookies.map((c) => c.cookie.name)).toEqual(['p']);
    const stored = JSON.stringify([...fb.session.data, ...fb.local.data]);
    expect(stored).not.toContain('private.test');
  });

  it('records a burst of 5,000 cookie changes with none lost', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://burst.test/');
    for (let i = 0; i < 5000; i++) fb.setCookie({ name: `c${i}`, domain: `s${i % 50}.burst${i % 25}.test` });
    await settle(fb, worker);
    expect(worker.stats().cookieEvents).toBe(5000);
    const sites = await worker.state.sites.readAll();
    let recorded = 0;
    for (const h of sites.values()) recorded += Object.keys(h.cookies).length;
    expect(recorded).toBe(5000);
    // And in storage: every change reached a site shard in storage.local, not only memory.
    let stored = 0;
    for (const [k, v] of fb.local.data) {
      if (k.startsWith('site:v2:')) stored += Object.keys((v as { cookies: object }).cookies).length;
    }
    expect(stored).toBe(5000);
    // Written in batches, not once per event.
    expect(worker.stats().siteWrites).toBeLessThan(10);
  });

  it('invalidates only the views of tabs a cookie touches, and reschedules only their badges', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://a.test/');
    fb.openTab(2);
    fb.navigate(2, 'https://b.test/');
    fb.setCookie({ name: 'x', domain: 'a.test' });
    fb.setCookie({ name: 'y', domain: 'b.test' });
    await settle(fb, worker);
    await fb.send('get-tab-view', { tabId: 1 });
    await fb.send('get-tab-view', { tabId: 2 });
    const updates = worker.stats().badgeUpdates;
    const c = fb.jar.get(cookieKey({ name: 'x', domain: 'a.test', path: '/', storeId: '0' }))!;
    fb.removeCookie(c);
    await settle(fb, worker);
    // One badge recomputed: tab 1's.
    expect(worker.stats().badgeUpdates - updates).toBe(1);
    expect((await fb.send('get-tab-view', { tabId: 1 })).audit?.cookies).toEqual([]);
  });

  it('keeps a badge current under constant churn (debounce with a maximum wait)', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://churn.test/');
    await settle(fb, worker);
    const base = worker.stats().badgeUpdates;
    // A cookie every 100 ms for 5 s: a plain 400 ms debounce would never fire.
    for (let i = 0; i < 50; i++) {
      fb.setCookie({ name: `n${i}`, domain: 'churn.test' });
      await worker.settled();
      await fb.advance(100);
    }
    expect(worker.stats().badgeUpdates - base).toBeGreaterThanOrEqual(Math.floor(5000 / BADGE_MAX_WAIT_MS));
  });

  it('answers rowsOnly with every row and none of the details, then the full view from the same build', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://www.shop.test/');
    fb.setCookie({
      name: 'session_id',
      domain: '.shop.test',
      value: 'secret-value',
      secure: false,
      expirationDate: 2e9,
    });
    fb.setCookie({ name: '_ga', domain: '.shop.test', value: 'GA1.2.3.4' });
    await settle(fb, worker);
    const rows = await fb.send('get-tab-view', { tabId: 1, rowsOnly: true });
    const full = await fb.send('get-tab-view', { tabId: 1 });
    expect(rows.rowsOnly).toBe(true);
    expect(full.rowsOnly).toBeUndefined();
    const fullCookies = full.audit?.cookies ?? [];
    const rowCookies = rows.audit?.cookies ?? [];
    expect(rowCookies.map((c) => [c.id, c.party, c.classification.category, c.classification.vendor])).toEqual(
      fullCookies.map((c) => [c.id, c.party, c.classification.category, c.classification.vendor]),
    );
    expect(rowCookies.map((c) => c.findings.map((f) => [f.ruleId, f.severity, f.title]))).toEqual(
      fullCookies.map((c) => c.findings.map((f) => [f.ruleId, f.severity, f.title])),
    );
    expect(fullCookies.some((c) => c.findings.some((f) => f.message !== ''))).toBe(true);
    expect(rowCookies.every((c) => c.cookie.value === '' && c.findings.every((f) => f.message === ''))).toBe(true);
    expect(rows.audit?.summary).toEqual(full.audit?.summary);
    expect(JSON.stringify(rows).length).toBeLessThan(JSON.stringify(full).length / 2);
    await expect(fb.sendRaw({ type: 'get-tab-view', tabId: 1, rowsOnly: 'yes' })).resolves.toMatchObject({ ok: false });
  });

  it('builds a tab view once when the badge and the popup ask at the same time', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://a.test/');
    fb.setCookie({ name: 'x', domain: 'a.test' });
    await settle(fb, worker);
    const getAll = vi.spyOn(fb.ports.cookies, 'getAll');
    fb.setCookie({ name: 'y', domain: 'a.test' });
    await worker.settled();
    getAll.mockClear();
    await fb.send('get-tab-view', { tabId: 1 });
    const perBuild = getAll.mock.calls.length;
    expect(perBuild).toBeGreaterThan(0);
    fb.setCookie({ name: 'z', domain: 'a.test' });
    await worker.settled();
    getAll.mockClear();
    const [a, b] = await Promise.all([
      fb.send('get-tab-view', { tabId: 1 }),
      fb.send('get-tab-view', { tabId: 1, rowsOnly: true }),
    ]);
    expect(getAll.mock.calls.length).toBe(perBuild);
    expect(a.audit?.cookies.map((c) => c.id)).toEqual(b.audit?.cookies.map((c) => c.id));
  });

  it('never writes while building a view', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://a.test/');
    fb.setCookie({ name: 'x', domain: 'a.test' });
    await settle(fb, worker);
    const writes = () => [...fb.session.log, ...fb.local.log].filter((l) => !l.startsWith('get')).length;
    const before = writes();
    for (let i = 0; i < 3; i++) await fb.send('get-tab-view', { tabId: 1 });
    await fb.advance(5_000);
    expect(writes()).toBe(before);
  });

  it('keeps the three sids apart: three rows, each deletable on its own, history kept apart', async () => {
    const { fb, worker } = await start();
    fb.openTab(1);
    fb.navigate(1, 'https://site.test/');
    fb.setCookie({ name: 'sid', domain: 'site.test' });
    fb.setCookie({ name: 'sid', domain: 'site.test', partitionKey: { topLevelSite: 'https://site.test' } });
    fb.setCookie({
      name: 'sid',
      domain: 'site.test',
      partitionKey: { topLevelSite: 'https://site.test', hasCrossSiteAncestor: true },
    });
    await settle(fb, worker);
    const view = await fb.send('get-tab-view', { tabId: 1 });
    const ids = view.audit?.cookies.map((c) => c.id) ?? [];
    expect(new Set(ids).size).toBe(3);
    const partitioned = view.audit!.cookies.find(
      (c) => c.cookie.partitionKey && !c.cookie.partitionKey.hasCrossSiteAncestor,
    )!;
    expect(await fb.send('delete-cookies', { tabId: 1, ids: [partitioned.id] })).toEqual({ deleted: 1, failed: [] });
    await settle(fb, worker);
    const left = (await fb.send('get-tab-view', { tabId: 1 })).audit?.cookies ?? [];
    expect(left.map((c) => c.id).sort()).toEqual(ids.filter((id) => id !== partitioned.id).sort());
    const h = await worker.state.sites.read('site.test');
    const present = Object.values(h!.cookies).map((c) => c.present);
    expect(present.sort()).toEqual([false, true, true]);
  });

  it('answers malformed messages with a clear error', async () => {
    const { fb } = await start();
    expect(await fb.sendRaw({ type: 'tab-report', tabId: 1, format: 'pdf', includeValues: false })).toEqual({
      ok: false,
      error: 'Unknown report format "pdf": expected one of json, csv, md, html',
    });
    expect(await fb.sendRaw({ type: 'delete-cookies', tabId: -1, ids: [] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/"tabId" must be a tab id/),
    });
    expect(await fb.sendRaw({ type: 'delete-cookies', tabId: 1, ids: 'all' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/"ids" must be a list/),
    });
    expect(await fb.sendRaw({ type: 'format-disk' })).toEqual({
      ok: false,
      error: 'Unknown message type "format-disk"',
    });
    expect(await fb.sendRaw(null)).toMatchObject({ ok: false });
  });
});

describe('hostile storage', () => {
  it('a site with 1,000 × 8 KB cookies and a site named __proto__ leave every other tab, site and setting saved', async () => {
    const { fb, worker } = await start();
    const builtIns = Object.getOwnPropertyNames(Object.prototype).sort();
    // Two ordinary tabs with their own history.
    for (const [id, site] of [
      [1, 'news.test'],
      [2, 'shop.test'],
    ] as const) {
      fb.openTab(id);
      fb.navigate(id, `https://${site}/`);
      fb.setCookie({ name: 'pref', domain: site });
    }
    fb.openTab(3);
    const big = 'x'.repeat(7900);
    fb.navigate(3, 'https://hostile.test/');
    for (let i = 0; i < 1000; i++) {
      fb.request(3, `https://hostile.test/r${i}?token=SECRET`, undefined, [`h${i}${big}=1; Path=/`]);
      fb.setCookie({ name: `h${i}${big.slice(0, 4000)}`, domain: 'hostile.test' });
    }
    fb.openTab(4);
    fb.navigate(4, 'http://__proto__/');
    fb.setCookie({ name: 'p', domain: '__proto__' });
    await settle(fb, worker);
    await fb.send('set-settings', { settings: { maxTrackerLifetimeDays: 100 } });
    await settle(fb, worker);

    expect(fb.session.bytes()).toBeLessThan(10 * 1024 * 1024);
    expect(fb.local.bytes()).toBeLessThan(10 * 1024 * 1024);
    for (const id of ['1', '2', '4']) expect(fb.session.data.has(`tab:v2:${id}`)).toBe(true);
    expect(fb.session.data.has('tab:v2:3')).toBe(true);
    for (const site of ['news.test', 'shop.test', '__proto__']) expect(fb.local.data.has(`site:v2:${site}`)).toBe(true);
    expect((fb.local.data.get('settings:v1') as { maxTrackerLifetimeDays: number }).maxTrackerLifetimeDays).toBe(100);
    // A keyed write through "__proto__" would land on Object.prototype: the fields of a tab record or a site's history.
    for (const field of ['at', 'bytes', 'site', 'lastSeen', 'cookies', 'hosts', 'dropped']) {
      expect(({} as Record<string, unknown>)[field]).toBeUndefined();
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(builtIns);
    expect(JSON.stringify([...fb.session.data, ...fb.local.data])).not.toContain('SECRET');

    // The UI tells the truth about what was dropped.
    const view = await fb.send('get-tab-view', { tabId: 3 });
    expect(view.droppedEntries).toBeGreaterThan(0);
    const sites = await fb.send('list-sites', {});
    expect(sites.find((s) => s.site === 'hostile.test')?.droppedEntries).toBeGreaterThan(0);
    const status = await fb.send('storage-status', {});
    expect(status.failedWrites).toBe(0);

    // After a restart everything is still there.
    fb.stopWorker();
    const again = await start(fb);
    expect((await again.worker.state.sites.read('__proto__'))?.site).toBe('__proto__');
    expect((await fb.send('get-settings', {})).maxTrackerLifetimeDays).toBe(100);
  });

  it('says "history paused" when storage is full, and settings and corrections still save while it is full', async () => {
    const quota = 40_000;
    const fb = fakeBrowser({ localQuota: quota });
    const { worker } = await start(fb);
    fb.openTab(1);
    // Older history first (b, c, d), with a few cookies each: the room that settings and corrections may take.
    for (const site of ['b.test', 'c.test', 'd.test', 'a.test']) {
      fb.navigate(1, `https://${site}/`);
      for (let i = 0; i < 5; i++) fb.setCookie({ name: `old${i}`, domain: site });
      await settle(fb, worker);
    }
    for (const site of ['a.test', 'b.test', 'c.test', 'd.test'])
      expect(fb.local.data.has(`site:v2:${site}`)).toBe(true);
    // Fill storage behind the worker's back (another writer) to the last 10 bytes, then make history grow.
    await fb.local.area.set({ other: '' });
    await fb.local.area.set({ other: 'z'.repeat(quota - fb.local.bytes() - 10) });
    for (let i = 0; i < 200; i++) fb.setCookie({ name: `c${i}`, domain: 'a.test' });
    await settle(fb, worker);
    const status = await fb.send('storage-status', {});
    expect(status.failedWrites).toBeGreaterThan(0);
    expect(status.pausedSince).toBeDefined();
    // The history's own eviction made a little room: the other writer takes it too.
    await fb.local.area.set({ other: `${fb.local.data.get('other')}${'z'.repeat(quota - fb.local.bytes() - 10)}` });
    expect(quota - fb.local.bytes()).toBe(10);
    const evictedBefore = status.evictedSites;

    // The filler is still there: settings and a correction are saved all the same, by giving up history first.
    await fb.send('set-settings', { settings: { maxSessionLifetimeDays: 7 } });
    expect((fb.local.data.get('settings:v1') as { maxSessionLifetimeDays: number }).maxSessionLifetimeDays).toBe(7);
    const target = { name: 'c1', cookieSite: 'a.test', site: 'a.test' };
    await fb.send('set-override', { override: { ...target, category: 'necessary' } });
    expect(fb.local.data.get('overrides:v1')).toEqual([expect.objectContaining(target)]);
    expect(fb.local.data.has('other')).toBe(true);
    // What made room is told: the least recently touched sites' history went (from storage and the index), counted.
    expect(fb.local.data.has('site:v2:c.test')).toBe(false);
    expect(JSON.stringify(fb.local.data.get('site-index:v2'))).not.toContain('c.test');
    expect((await fb.send('storage-status', {})).evictedSites).toBeGreaterThan(evictedBefore);
    expect(fb.local.bytes()).toBeLessThanOrEqual(quota);

    // Only when nothing of ours is left to give up does a correction fail, and then with words.
    await fb.local.area.set({ other: `${fb.local.data.get('other')}${'z'.repeat(quota - fb.local.bytes())}` });
    await worker.state.sites.release(Number.POSITIVE_INFINITY);
    await fb.local.area.set({ other: `${fb.local.data.get('other')}${'z'.repeat(quota - fb.local.bytes())}` });
    await expect(
      fb.send('set-override', { override: { ...target, name: 'c2', category: 'necessary' } }),
    ).rejects.toThrow(/storage for Cookie Auditor is full .*the correction is not saved/);
    // A setting that needs more room, the same way: in words, not the browser's quota error; it is kept and retried.
    await expect(fb.send('set-settings', { settings: { maxSessionLifetimeDays: 365 } })).rejects.toThrow(
      /storage for Cookie Auditor is full .*the setting is not saved yet/,
    );
    expect((await fb.send('get-settings', {})).maxSessionLifetimeDays).toBe(365);

    // Room again: history resumes and the pause ends.
    await fb.local.area.remove(['other']);
    fb.setCookie({ name: 'after', domain: 'a.test' });
    await settle(fb, worker);
    await fb.advance(10_000);
    expect((await fb.send('storage-status', {})).pausedSince).toBeUndefined();
    expect(fb.local.data.has('site:v2:a.test')).toBe(true);
  });

  it("tells when a whole tab record was dropped: counted in storage-status, and that tab's view says so", async () => {
    const fb = fakeBrowser({ sessionQuota: 14_000 });
    const { worker } = await start(fb);
    const busy = (id: number, n: number) => {
      for (let i = 0; i < n; i++) fb.request(id, `https://host${i}.tab${id}.test/x`);
    };
    for (const id of [1, 2]) {
      fb.openTab(id);
      fb.navigate(id, `https://tab${id}.test/`);
      busy(id, 150);
      await settle(fb, worker);
    }
    expect(fb.session.data.has('tab:v2:1')).toBe(true);
    expect((await fb.send('storage-status', {})).droppedTabRecords).toBe(0);
    // A third busy tab: the quota is hit, and the least recently touched tab's record (tab 1) is dropped whole.
    fb.openTab(3);
    fb.navigate(3, 'https://tab3.test/');
    busy(3, 400);
    await settle(fb, worker);
    expect(fb.session.data.has('tab:v2:1')).toBe(false);
    expect(fb.session.data.has('tab:v2:3')).toBe(true);
    expect((await fb.send('storage-status', {})).droppedTabRecords).toBe(1);

    // Tab 1 goes on: its new record is partial, and its view says the earlier entries were not kept.
    fb.request(1, 'https://later.tab1.test/y');
    await settle(fb, worker);
    const dropped = await fb.send('get-tab-view', { tabId: 1 });
    expect(dropped.recordDropped).toBe(true);
    expect((await fb.send('get-tab-view', { tabId: 1, rowsOnly: true })).recordDropped).toBe(true);
    expect((await fb.send('get-tab-view', { tabId: 2 })).recordDropped).toBeUndefined();
    expect((await fb.send('get-tab-view', { tabId: 3 })).recordDropped).toBeUndefined();

    // A worker restart does not forget it (storage.session).
    fb.stopWorker();
    const again = await start(fb);
    await settle(fb, again.worker);
    expect((await fb.send('get-tab-view', { tabId: 1 })).recordDropped).toBe(true);
    expect((await fb.send('storage-status', {})).droppedTabRecords).toBe(1);

    // A new page in that tab starts a complete record: the tombstone goes, the count of what was dropped stays.
    fb.navigate(1, 'https://fresh.test/');
    await settle(fb, again.worker);
    expect((await fb.send('get-tab-view', { tabId: 1 })).recordDropped).toBeUndefined();
    expect((await fb.send('storage-status', {})).droppedTabRecords).toBe(1);
  });
});
