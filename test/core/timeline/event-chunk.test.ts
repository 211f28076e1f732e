import { describe, expect, it } from 'vitest';
import { cookieKey } from '../../../src/core/cookie-key';
import type { TimelineEvent } from '../../../src/core/timeline/event';
import { decodeChunk, encodeChunk } from '../../../src/core/timeline/event-chunk';
import { entryBytes } from '../../../src/core/timeline/site-log';
import { event } from './factory';

const T = Date.UTC(2025, 2, 1, 12);

function realId(name: string, domain: string, partition?: string) {
  return cookieKey({
    storeId: '0',
    name,
    domain,
    path: '/',
    ...(partition ? { partitionKey: { topLevelSite: partition } } : {}),
  });
}

describe('event chunks', () => {
  it('give back every field of every kind of event', () => {
    const events: TimelineEvent[] = [
      event(
        T,
        'set',
        { id: realId('_ga', '.a.test'), name: '_ga', domain: '.a.test', expires: 1_800_000_000 },
        {
          tabId: 3,
          visit: T - 50,
          frameUrl: 'https://www.a.test/p',
          setBy: { kind: 'response', url: 'https://www.a.test/api' },
        },
      ),
      event(
        T + 5,
        'overwritten',
        { id: realId('_ga', '.a.test'), name: '_ga', domain: '.a.test', httpOnly: true },
        {
          changes: [
            { field: 'expires', from: 1, to: null },
            { field: 'value' },
            { field: 'secure', from: true, to: false },
          ],
          setBy: { kind: 'script', frameUrl: 'https://www.a.test/p' },
        },
      ),
      event(
        T + 6,
        'deleted-by-site',
        { category: 'marketing', sameSite: 'no_restriction', hostOnly: true },
        {
          setBy: { kind: 'script' },
        },
      ),
      event(T + 7, 'expired', {
        id: realId('sid', 'w.a.test', 'https://top.test'),
        name: 'sid',
        domain: 'w.a.test',
        partition: 'https://top.test',
      }),
      event(
        T + 8,
        'consent',
        { name: 'OptanonConsent' },
        {
          consent: { platform: 'OneTrust', understood: true, answered: true, choices: { analytics: 'refused' } },
        },
      ),
      // Out of order by a few ms (two tabs in one batch): offsets may be negative.
      event(T - 3, 'evicted', { name: '<img src=x onerror=alert(1)>', valueLength: 0, secure: false }),
    ];
    const chunk = encodeChunk(events, 42);
    expect(chunk.start).toBe(42);
    expect(decodeChunk(structuredClone(chunk))).toEqual(events);
  });

  it('keep each cookie identity and URL once, and an event well under 150 bytes', () => {
    const events = Array.from({ length: 500 }, (_, i) =>
      event(
        T + i * 40,
        i % 3 === 0 ? 'overwritten' : 'set',
        {
          id: realId(`_ga_${i % 50}`, '.shop.test'),
          name: `_ga_${i % 50}`,
          domain: '.shop.test',
          expires: 1_800_000_000 + i,
        },
        {
          tabId: 1,
          visit: T,
          setBy: { kind: 'response', url: 'https://www.shop.test/api/session' },
          ...(i % 3 === 0 ? { changes: [{ field: 'expires' as const, from: 1_799_999_000, to: 1_800_000_000 }] } : {}),
        },
      ),
    );
    const chunk = encodeChunk(events, 0);
    expect(chunk.ids).toHaveLength(50);
    expect(chunk.strings).toEqual(['explicit', 'https://www.shop.test/api/session']);
    const perEvent = JSON.stringify(chunk).length / events.length;
    const spelledOut = events.reduce((s, e) => s + entryBytes(e), 0) / events.length;
    expect(perEvent).toBeLessThan(120);
    expect(perEvent).toBeLessThan(spelledOut / 3);
  });

  it('reject a record that is not a chunk', () => {
    expect(() => decodeChunk({} as never)).toThrow(/not a timeline chunk/i);
  });
});
