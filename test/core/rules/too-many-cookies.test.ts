import { describe, expect, it } from 'vitest';
import type { RuleCookie } from '../../../src/core/rules/described-rule';
import { tooManyCookies } from '../../../src/core/rules/too-many-cookies';
import type { Cookie } from '../../../src/core/types';
import { audited, ruleContext } from './factory';

const ctx = ruleContext();
const many = (n: number, cookie: Partial<Cookie> = {}): RuleCookie[] =>
  Array.from({ length: n }, (_, i) => audited({ cookie: { name: `c${i}`, ...cookie } }));

describe('too-many-cookies', () => {
  it('is silent below 150 cookies per registrable domain', () => {
    expect(tooManyCookies.test(many(149), [], ctx)).toEqual([]);
  });

  it('is medium from 150 and high from 180, counting subdomains together', () => {
    const near = [
      ...many(100, { domain: 'www.example.com' }),
      ...many(50, { domain: '.example.com', hostOnly: false }),
    ];
    const [f] = tooManyCookies.test(near, [], ctx);
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('example.com holds 150 cookies');
    const [g] = tooManyCookies.test(many(180), [], ctx);
    expect(g?.severity).toBe('high');
    expect(g?.message).toContain('evicts');
  });

  it('keeps domains, partitions and cookie stores apart', () => {
    const split = [
      ...many(100, { domain: 'www.example.com' }),
      ...many(100, { domain: 'ads.example.net' }),
      ...many(100, { domain: 'www.example.com', partitionKey: { topLevelSite: 'https://news.example' } }),
      ...many(100, { domain: 'www.example.com', storeId: '1' }),
    ];
    expect(tooManyCookies.test(split, [], ctx)).toEqual([]);
  });

  it('treats public-suffix hosts and IP addresses as their own site', () => {
    const [f] = tooManyCookies.test(many(160, { domain: '192.168.0.10' }), [], ctx);
    expect(f?.message).toContain('192.168.0.10 holds 160 cookies');
    const [g] = tooManyCookies.test(many(181, { domain: 'alice.github.io' }), [], ctx);
    expect(g?.message).toContain('alice.github.io holds 181 cookies');
  });

  it('does not need a page URL', () => {
    expect(tooManyCookies.test(many(180), [], ruleContext({ pageUrl: '', pageSite: '' }))).toHaveLength(1);
  });
});
