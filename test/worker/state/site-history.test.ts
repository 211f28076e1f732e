import { describe, expect, it } from 'vitest';
import { storedBytes } from '../../../src/core/stored-bytes';
import {
  applyCookieChange,
  applyJarSnapshot,
  cookieHistory,
  fitSiteHistory,
  newSiteHistory,
  noteVisit,
  SITE_HISTORY_LIMITS,
  validSiteHistory,
} from '../../../src/worker/state/site-history';
import { cookie } from '../../core/cookie-factory';

describe('per-site history', () => {
  it('counts writes, keeps first seen, and notes removals with their cause', () => {
    const h = newSiteHistory('example.com', 0);
    const c = cookie({ name: 'sid', domain: '.example.com' });
    applyCookieChange(h, { cookie: c, removed: false, cause: 'explicit' }, 1000);
    // An overwrite is a removal (cause overwrite) then an insertion: one change, not two.
    applyCookieChange(h, { cookie: c, removed: true, cause: 'overwrite' }, 2000);
    applyCookieChange(h, { cookie: c, removed: false, cause: 'explicit' }, 2000);
    expect(cookieHistory(h, c)).toMatchObject({ firstSeen: 1000, lastChanged: 2000, changes: 2, present: true });
    applyCookieChange(h, { cookie: c, removed: true, cause: 'expired' }, 3000);
    expect(cookieHistory(h, c)).toMatchObject({ present: false, lastRemovalCause: 'expired', lastChanged: 3000 });
  });

  it('keeps partitioned twins apart: deleting the partitioned sid leaves the unpartitioned one present', () => {
    const h = newSiteHistory('site.test', 0);
    const plain = cookie({ name: 'sid', domain: 'site.test' });
    const partitioned = cookie({
      name: 'sid',
      domain: 'site.test',
      partitionKey: { topLevelSite: 'https://site.test' },
    });
    applyCookieChange(h, { cookie: plain, removed: false, cause: 'explicit' }, 1);
    applyCookieChange(h, { cookie: partitioned, removed: false, cause: 'explicit' }, 2);
    applyCookieChange(h, { cookie: partitioned, removed: true, cause: 'explicit' }, 3);
    expect(cookieHistory(h, plain)?.present).toBe(true);
    expect(cookieHistory(h, partitioned)?.present).toBe(false);
  });

  it('records cookies already in the jar on first sight', () => {
    const h = newSiteHistory('example.com', 0);
    applyJarSnapshot(h, [cookie({ name: 'a', domain: 'example.com' })], 5);
    expect(cookieHistory(h, cookie({ name: 'a', domain: 'example.com' }))).toMatchObject({
      firstSeen: 5,
      changes: 0,
      present: true,
    });
  });

  it('keeps the page URL without query or fragment', () => {
    const h = newSiteHistory('example.com', 0);
    noteVisit(h, 'https://example.com/reset?token=SECRET#code=XYZ', 9);
    expect(h.lastUrl).toBe('https://example.com/reset');
    expect(JSON.stringify(h)).not.toMatch(/SECRET|XYZ/);
  });

  it('holds a cookie named __proto__ as data', () => {
    const builtIns = Object.getOwnPropertyNames(Object.prototype).sort();
    const h = newSiteHistory('__proto__', 0);
    applyJarSnapshot(h, [cookie({ name: '__proto__', domain: 'example.com' })], 5);
    applyJarSnapshot(h, [cookie({ name: '__proto__', domain: '__proto__' })], 6);
    const back = validSiteHistory(JSON.parse(JSON.stringify(h)));
    expect(back && cookieHistory(back, cookie({ name: '__proto__', domain: 'example.com' }))?.present).toBe(true);
    // What a keyed write through Object.prototype would leave on every object: the entry's own fields.
    for (const field of ['present', 'firstSeen', 'lastSeen', 'changes']) {
      expect(({} as Record<string, unknown>)[field]).toBeUndefined();
    }
    // A stored shard whose cookies carry an own "__proto__" key (JSON.parse makes one) reads back as data.
    const stored = JSON.parse(
      `{"v":${h.v},"site":"x.test","firstSeen":1,"lastSeen":1,"dropped":0,"cookies":{"__proto__":{"present":true}}}`,
    );
    expect(Object.keys(validSiteHistory(stored)?.cookies ?? {})).toEqual(['__proto__']);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(builtIns);
  });

  it('stays within its entry count and byte budget against a hostile site, saying how much it dropped', () => {
    const h = newSiteHistory('hostile.test', 0);
    for (let i = 0; i < 1000; i++) {
      const c = cookie({ name: `c${i}-${'n'.repeat(8000)}`, domain: 'hostile.test', path: `/${'p'.repeat(8000)}` });
      applyCookieChange(h, { cookie: c, removed: false, cause: 'explicit' }, i);
    }
    expect(Object.keys(h.cookies).length).toBeLessThanOrEqual(SITE_HISTORY_LIMITS.cookiesPerSite);
    fitSiteHistory(h, SITE_HISTORY_LIMITS.siteBytes, 'site:v2:hostile.test');
    expect(storedBytes('site:v2:hostile.test', h)).toBeLessThanOrEqual(SITE_HISTORY_LIMITS.siteBytes);
    expect(h.dropped).toBe(1000 - Object.keys(h.cookies).length);
    // The newest cookies are the ones kept.
    const kept = Object.values(h.cookies).map((c) => Number(c.name.slice(1, c.name.indexOf('-'))));
    expect(Math.min(...kept)).toBeGreaterThan(900);
  });
});
