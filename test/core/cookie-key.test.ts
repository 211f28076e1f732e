import { describe, expect, it } from 'vitest';
import { cookieKey, parseCookieKey } from '../../src/core/cookie-key';
import { cookie } from './cookie-factory';

describe('cookie identity', () => {
  it('tells apart the three sids: unpartitioned, partitioned under the site, partitioned with a cross-site ancestor', () => {
    const plain = cookie({ name: 'sid', domain: 'a.test' });
    const same = cookie({ name: 'sid', domain: 'a.test', partitionKey: { topLevelSite: 'https://a.test' } });
    const cross = cookie({
      name: 'sid',
      domain: 'a.test',
      partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: true },
    });
    const keys = new Set([cookieKey(plain), cookieKey(same), cookieKey(cross)]);
    expect(keys.size).toBe(3);
  });

  it('includes the store, so an incognito or container twin is another cookie', () => {
    expect(cookieKey(cookie({ storeId: '0' }))).not.toBe(cookieKey(cookie({ storeId: '1' })));
  });

  it('cannot be forged by a name holding the separator', () => {
    const a = cookie({ name: 'a|b', domain: 'c' });
    const b = cookie({ name: 'a', domain: 'b|c' });
    expect(cookieKey(a)).not.toBe(cookieKey(b));
  });

  it('parses back to its parts and refuses other text', () => {
    const c = cookie({ name: '"x"', domain: '.a.test', path: '/p', partitionKey: { topLevelSite: 'https://a.test' } });
    expect(parseCookieKey(cookieKey(c))).toEqual({
      storeId: c.storeId,
      name: '"x"',
      domain: '.a.test',
      path: '/p',
      topLevelSite: 'https://a.test',
      hasCrossSiteAncestor: false,
    });
    expect(parseCookieKey('x|y|z')).toBeNull();
    expect(parseCookieKey('["s","n","d","/","",0,7]')).toBeNull();
    expect(parseCookieKey('[1,2]')).toBeNull();
  });

  it("tells apart first-party-isolated twins (Firefox) and leaves other cookies' keys as they were", () => {
    const plain = cookie({ name: 'x', domain: 'w.test', path: '/', storeId: 'firefox-default' });
    const isolated = { ...plain, firstPartyDomain: 'site-a.test' };
    expect(cookieKey(plain)).toBe('["firefox-default","x","w.test","/","",0]');
    expect(cookieKey({ ...plain, firstPartyDomain: '' })).toBe(cookieKey(plain));
    expect(cookieKey(isolated)).not.toBe(cookieKey(plain));
    expect(parseCookieKey(cookieKey(isolated))).toMatchObject({ name: 'x', firstPartyDomain: 'site-a.test' });
    expect(parseCookieKey(cookieKey(plain))).not.toHaveProperty('firstPartyDomain');
  });
});
