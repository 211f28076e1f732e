import { describe, expect, it } from 'vitest';
import { groupByVisit, latestAtOrBefore } from '../../../src/core/timeline/visit-groups';
import { event } from './factory';

const visit = (at: number, tabId = 1) => ({ at, tabId, url: 'https://a.test/' });

describe('groupByVisit', () => {
  it('groups newest visit first, newest event first, untagged events by time', () => {
    const groups = groupByVisit([event(1), event(12), event(15), event(25)], [visit(10), visit(20)]);
    expect(groups.map((g) => g.visit?.at ?? null)).toEqual([20, 10, null]);
    expect(groups.map((g) => g.events.map((e) => e.at))).toEqual([[25], [15, 12], [1]]);
  });

  it('honours the visit an event was tagged with (two tabs open at once)', () => {
    const groups = groupByVisit([event(25, 'set', {}, { visit: 10 })], [visit(10, 1), visit(20, 2)]);
    expect(groups.map((g) => g.events.length)).toEqual([0, 1]);
  });

  it('handles no visits and no events', () => {
    expect(groupByVisit([], [])).toEqual([]);
    expect(groupByVisit([event(1)], [])).toEqual([{ visit: null, events: [event(1)] }]);
  });

  it('binary search finds the last start at or before a time', () => {
    const vs = [visit(10), visit(20), visit(30)];
    expect([5, 10, 25, 30, 99].map((t) => latestAtOrBefore(vs, t))).toEqual([-1, 0, 1, 2, 2]);
  });
});
