import { describe, expect, it } from 'vitest';
import { applyCookieChange, applyJarSnapshot, evictSites, type SiteHistoryMap } from '../../src/core/site-history';
import { cookie } from './cookie-factory';

describe('per-site history', () => {
  it('counts writes, keeps first seen, and notes removals with their cause', () => {
    const map: SiteHistoryMap = {};
    const c = cookie({ name: 'sid', domain: '.example.com' });
    applyCookieChange(map, { cookie: c, removed: false, cause: 'explicit' }, 1000);
    // An overwrite is a removal (cause overwrite) then an insertion: one change, not two.
    applyCookieChange(map, { cookie: c, removed: true, cause: 'overwrite' }, 2000);
    applyCookieChange(map, { cookie: c, removed: false, cause: 'explicit' }, 2000);
    let h = map['example.com']?.cookies['sid|.example.com|/'];
    expect(h).toMatchObject({ firstSeen: 1000, lastChanged: 2000, changes: 2, present: true });
    applyCookieChange(map, { cookie: c, removed: true, cause: 'expired' }, 3000);
    h = map['example.com']?.cookies['sid|.example.com|/'];
    expect(h).toMatchObject({ present: false, lastRemovalCause: 'expired', lastChanged: 3000 });
  });

  it('records cookies already in the jar on first sight', () => {
    const map: SiteHistoryMap = {};
    applyJarSnapshot(map, 'example.com', [cookie({ name: 'a', domain: 'example.com' })], 5);
    expect(map['example.com']?.cookies['a|example.com|/']).toMatchObject({ firstSeen: 5, changes: 0, present: true });
  });

  it('evicts the least recently seen sites past the cap', () => {
    const map: SiteHistoryMap = {};
    for (let i = 0; i < 10; i++) {
      applyCookieChange(map, { cookie: cookie({ domain: `s${i}.test` }), removed: false, cause: 'explicit' }, i);
    }
    expect(evictSites(map, 4)).toBe(6);
    expect(Object.keys(map).sort()).toEqual(['s6.test', 's7.test', 's8.test', 's9.test']);
  });
});
