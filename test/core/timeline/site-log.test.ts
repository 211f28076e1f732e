import { describe, expect, it } from 'vitest';
import {
  appendEvents,
  appendVisit,
  emptySiteLog,
  pruneOlderThan,
  siteLogBytes,
} from '../../../src/core/timeline/site-log';
import { event } from './factory';

describe('site log', () => {
  it('keeps events in time order and counts their bytes', () => {
    const log = emptySiteLog('example.com');
    appendEvents(log, [event(10), event(30)]);
    appendEvents(log, [event(20)]);
    expect(log.events.map((e) => e.at)).toEqual([10, 20, 30]);
    expect(log.bytes).toBe(JSON.stringify(log.events).length - 1);
  });

  it('a site with 100,000 events stays within its budget and says how many it dropped', () => {
    const budget = 256 * 1024;
    const log = emptySiteLog('busy.test');
    for (let i = 0; i < 100_000; i++) {
      if (i % 100 === 0) appendVisit(log, { at: i, tabId: 1, url: 'https://busy.test/' }, budget);
      appendEvents(log, [event(i, 'set', { name: `c${i % 500}` }, { visit: i - (i % 100) })], budget);
    }
    expect(siteLogBytes(log)).toBeLessThanOrEqual(budget);
    expect(log.dropped + log.events.length).toBe(100_000);
    expect(log.dropped).toBeGreaterThan(90_000);
    // The newest are kept, the oldest dropped, and the kept count matches the bytes.
    expect(log.events.at(-1)?.at).toBe(99_999);
    expect(log.events[0]?.at).toBe(log.dropped);
    expect(log.bytes).toBe(JSON.stringify(log.events).length + JSON.stringify(log.visits).length - 2);
    // Visits older than every kept event are gone, except the one the oldest kept event belongs to.
    expect(log.visits[0]!.at).toBeLessThanOrEqual(log.events[0]!.at);
    expect(log.visits[1]!.at).toBeGreaterThan(log.events[0]!.at);
  });

  it('never duplicates a visit', () => {
    const log = emptySiteLog('a.test');
    appendVisit(log, { at: 1, tabId: 1, url: 'https://a.test/' });
    appendVisit(log, { at: 1, tabId: 1, url: 'https://a.test/' });
    expect(log.visits).toHaveLength(1);
  });

  it('prunes by retention without counting it as dropped', () => {
    const log = emptySiteLog('a.test');
    appendVisit(log, { at: 5, tabId: 1, url: 'https://a.test/' });
    appendEvents(log, [event(5), event(50), event(500)]);
    expect(pruneOlderThan(log, 40)).toBe(true);
    expect(log.events.map((e) => e.at)).toEqual([50, 500]);
    expect(log.visits).toEqual([]);
    expect(log.dropped).toBe(0);
    expect(log.bytes).toBe(JSON.stringify(log.events).length - 1);
    expect(pruneOlderThan(log, 40)).toBe(false);
  });
});
