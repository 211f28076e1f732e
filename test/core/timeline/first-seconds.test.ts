import { describe, expect, it } from 'vitest';
import { firstSeconds, firstSecondsText } from '../../../src/core/timeline/first-seconds';
import { event } from './factory';

const visit = { at: 1000, tabId: 1, url: 'https://a.test/' };

describe('firstSeconds', () => {
  it('counts distinct cookies set within 1 s of load, by category', () => {
    const events = [
      ...Array.from({ length: 9 }, (_, i) => event(1000 + i * 50, 'set', { name: `m${i}`, category: 'marketing' })),
      ...Array.from({ length: 5 }, (_, i) => event(1500, 'set', { name: `n${i}`, category: 'necessary' })),
      event(1600, 'overwritten', { name: 'm0', category: 'marketing' }),
      event(1700, 'deleted-by-site', { name: 'gone' }),
      event(2001, 'set', { name: 'late' }),
      event(999, 'set', { name: 'before' }),
    ];
    const s = firstSeconds(visit, events);
    expect(s.cookies).toBe(14);
    expect(s.byCategory).toMatchObject({ marketing: 9, necessary: 5, analytics: 0 });
    expect(firstSecondsText(s)).toBe('within 1 s of load: 14 cookies, 9 of them marketing');
  });

  it('reads well for none, one and all of one kind', () => {
    expect(firstSecondsText(firstSeconds(visit, []))).toBe('within 1 s of load: 0 cookies');
    expect(firstSecondsText(firstSeconds(visit, [event(1000)]))).toBe('within 1 s of load: 1 cookie, it analytics');
    const two = [event(1000, 'set', { name: 'a' }), event(1000, 'set', { name: 'b' })];
    expect(firstSecondsText(firstSeconds(visit, two))).toBe('within 1 s of load: 2 cookies, all analytics');
  });
});
