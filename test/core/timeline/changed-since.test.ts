import { describe, expect, it } from 'vitest';
import { changedSinceLastVisit, stateAt } from '../../../src/core/timeline/changed-since';
import { event } from './factory';

const DAY = 86_400;
const T0 = 1_700_000_000_000;
const visit = (at: number) => ({ at, tabId: 1, url: 'https://a.test/' });

describe('changedSinceLastVisit', () => {
  it('marks new, gone and changed (lifespan, category, flags) cookies; a rolling expiry is no change', () => {
    const v1 = T0;
    const v2 = T0 + 7 * DAY * 1000;
    const at1 = v1 + 100;
    const at2 = v2 + 100;
    const events = [
      event(at1, 'set', { name: 'rolling', expires: at1 / 1000 + 365 * DAY }, { visit: v1 }),
      event(at1, 'set', { name: 'short', expires: at1 / 1000 + DAY }, { visit: v1 }),
      event(at1, 'set', { name: 'old' }, { visit: v1 }),
      event(at1, 'set', { name: 'flags', secure: false }, { visit: v1 }),
      event(at1, 'set', { name: 'kind', category: 'unknown' }, { visit: v1 }),
      event(v1 + 3 * DAY * 1000, 'expired', { name: 'old' }),
      event(at2, 'overwritten', { name: 'rolling', expires: at2 / 1000 + 365 * DAY }, { visit: v2 }),
      event(at2, 'overwritten', { name: 'short', expires: at2 / 1000 + 30 * DAY }, { visit: v2 }),
      event(at2, 'overwritten', { name: 'flags', secure: true }, { visit: v2 }),
      event(at2, 'overwritten', { name: 'kind', category: 'marketing' }, { visit: v2 }),
      event(at2, 'set', { name: 'fresh' }, { visit: v2 }),
    ];
    const result = changedSinceLastVisit(events, [visit(v1), visit(v2)], at2 + 1);
    const summary = result?.changes.map((c) => [c.kind, c.cookie.name, c.changes]);
    expect(summary).toEqual([
      ['changed', 'short', [{ field: 'lifespan', from: '24 hours', to: '30 days' }]],
      ['changed', 'flags', [{ field: 'secure', from: false, to: true }]],
      ['changed', 'kind', [{ field: 'category', from: 'unknown', to: 'marketing' }]],
      ['new', 'fresh', []],
      ['gone', 'old', []],
    ]);
  });

  it('needs two visits', () => {
    expect(changedSinceLastVisit([event(1)], [visit(0)], 2)).toBeNull();
  });

  it('stateAt replays sets and removals', () => {
    const events = [event(1, 'set', { name: 'a' }), event(2, 'deleted-by-user', { name: 'a' }), event(3)];
    expect([...stateAt(events, 1).keys()]).toEqual(['a|.example.com|/||0']);
    expect([...stateAt(events, 2).keys()]).toEqual([]);
  });
});
