import { describe, expect, it } from 'vitest';
import { applyCookieChange, applyJarSnapshot, type SiteHistoryMap } from '../../src/core/site-history';
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
});
