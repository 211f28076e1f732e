import { describe, expect, it } from 'vitest';
import { createChangeRecorder } from '../../../src/core/timeline/change-recorder';
import type { Category, Cookie } from '../../../src/core/types';
import { cookie } from '../cookie-factory';

const categoryOf = (c: Cookie): Category => (c.name === '_fbp' ? 'marketing' : 'necessary');

describe('createChangeRecorder', () => {
  it('records a new cookie as set, without its value', () => {
    const r = createChangeRecorder(categoryOf);
    const c = cookie({ name: 'sid', value: 'secret-token', session: false, expirationDate: 1_700_000_000.6 });
    const e = r.record({ cookie: c, removed: false, cause: 'explicit' }, { at: 5, tabId: 3, visit: 1 });
    expect(e).toMatchObject({ at: 5, kind: 'set', cause: 'explicit', tabId: 3, visit: 1 });
    expect(e?.cookie).toMatchObject({ name: 'sid', valueLength: 12, expires: 1_700_000_001, category: 'necessary' });
    expect(JSON.stringify(e)).not.toContain('secret-token');
  });

  it('folds an overwrite (removal "overwrite" then insertion) into one event with what changed', () => {
    const r = createChangeRecorder(categoryOf);
    const old = cookie({ name: 'pref', value: 'aaaa', session: false, expirationDate: 1000, secure: false });
    const next = cookie({ name: 'pref', value: 'bbbbbb', session: false, expirationDate: 2000, secure: true });
    expect(r.record({ cookie: old, removed: true, cause: 'overwrite' }, { at: 1 })).toBeNull();
    const e = r.record({ cookie: next, removed: false, cause: 'explicit' }, { at: 1 });
    expect(e?.kind).toBe('overwritten');
    expect(e?.changes).toEqual([
      { field: 'valueLength', from: 4, to: 6 },
      { field: 'expires', from: 1000, to: 2000 },
      { field: 'secure', from: false, to: true },
    ]);
    expect(JSON.stringify(e)).not.toMatch(/aaaa|bbbbbb/);
  });

  it('says the value changed when its length did not, and nothing when it is rewritten as it was', () => {
    const r = createChangeRecorder(categoryOf);
    r.record({ cookie: cookie({ value: 'abc' }), removed: true, cause: 'overwrite' }, { at: 1 });
    expect(
      r.record({ cookie: cookie({ value: 'xyz' }), removed: false, cause: 'explicit' }, { at: 1 })?.changes,
    ).toEqual([{ field: 'value' }]);
    r.record({ cookie: cookie({ value: 'abc' }), removed: true, cause: 'overwrite' }, { at: 2 });
    const same = r.record({ cookie: cookie({ value: 'abc' }), removed: false, cause: 'explicit' }, { at: 2 });
    expect(same).toMatchObject({ kind: 'overwritten', changes: [] });
  });

  it('names each removal by its cause', () => {
    const r = createChangeRecorder(categoryOf);
    const kinds = ['explicit', 'expired_overwrite', 'expired', 'evicted'].map(
      (cause) => r.record({ cookie: cookie(), removed: true, cause }, { at: 1 })?.kind,
    );
    expect(kinds).toEqual(['deleted-by-user', 'deleted-by-site', 'expired', 'evicted']);
  });

  it('a second set after a deletion is a set again, not an overwrite', () => {
    const r = createChangeRecorder(categoryOf);
    r.record({ cookie: cookie(), removed: true, cause: 'overwrite' }, { at: 1 });
    r.record({ cookie: cookie(), removed: false, cause: 'explicit' }, { at: 1 });
    r.record({ cookie: cookie(), removed: true, cause: 'expired_overwrite' }, { at: 2 });
    expect(r.record({ cookie: cookie(), removed: false, cause: 'explicit' }, { at: 3 })?.kind).toBe('set');
  });

  it('keeps overwrites of distinct partitions apart', () => {
    const r = createChangeRecorder(categoryOf);
    const part = cookie({ partitionKey: { topLevelSite: 'https://a.test' } });
    r.record({ cookie: part, removed: true, cause: 'overwrite' }, { at: 1 });
    expect(r.record({ cookie: cookie(), removed: false, cause: 'explicit' }, { at: 1 })?.kind).toBe('set');
    expect(r.record({ cookie: part, removed: false, cause: 'explicit' }, { at: 1 })?.cookie.partition).toBe(
      'https://a.test',
    );
  });

  it('records the category change of an overwrite', () => {
    const r = createChangeRecorder((c) => (c.value === 'x' ? 'marketing' : 'unknown'));
    r.record({ cookie: cookie({ value: 'y' }), removed: true, cause: 'overwrite' }, { at: 1 });
    const e = r.record({ cookie: cookie({ value: 'x' }), removed: false, cause: 'explicit' }, { at: 1 });
    expect(e?.changes).toContainEqual({ field: 'category', from: 'unknown', to: 'marketing' });
  });

  it('notes a consent record when its cookie is written with a new choice, not when rewritten with the same', () => {
    const r = createChangeRecorder(categoryOf);
    const groups = (g: string) =>
      cookie({ name: 'OptanonConsent', value: `interactionCount=1&groups=${encodeURIComponent(g)}` });
    const first = r.record({ cookie: groups('C0001:1,C0002:1'), removed: false, cause: 'explicit' }, { at: 1 });
    expect(first?.consent).toMatchObject({ platform: 'OneTrust', choices: { analytics: 'accepted' } });
    r.record({ cookie: groups('C0001:1,C0002:1'), removed: true, cause: 'overwrite' }, { at: 2 });
    const same = r.record({ cookie: groups('C0001:1,C0002:1'), removed: false, cause: 'explicit' }, { at: 2 });
    expect(same?.consent).toBeUndefined();
    r.record({ cookie: groups('C0001:1,C0002:1'), removed: true, cause: 'overwrite' }, { at: 3 });
    const changed = r.record({ cookie: groups('C0001:1,C0002:0'), removed: false, cause: 'explicit' }, { at: 3 });
    expect(changed?.consent?.choices.analytics).toBe('refused');
    expect(r.record({ cookie: cookie({ name: '_ga' }), removed: false, cause: 'explicit' }, { at: 4 })?.consent).toBe(
      undefined,
    );
  });
});
