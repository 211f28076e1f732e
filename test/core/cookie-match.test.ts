import { describe, expect, it } from 'vitest';
import { cookieAppliesToUrl, cookieKey, cookiesForPage, pathMatches } from '../../src/core/cookie-match';
import { cookie } from './cookie-factory';

describe('cookie matching (RFC 6265bis §5.1.3-5.1.4)', () => {
  it('path-matches on segment boundaries', () => {
    expect(pathMatches('/', '/anything')).toBe(true);
    expect(pathMatches('/app', '/app/x')).toBe(true);
    expect(pathMatches('/app', '/application')).toBe(false);
    expect(pathMatches('/app/', '/app/x')).toBe(true);
  });

  it('host-only cookies need the exact host; Domain cookies cover subdomains', () => {
    const hostOnly = cookie({ domain: 'example.com', hostOnly: true });
    const wide = cookie({ domain: '.example.com', hostOnly: false });
    expect(cookieAppliesToUrl(hostOnly, 'https://www.example.com/')).toBe(false);
    expect(cookieAppliesToUrl(wide, 'https://www.example.com/')).toBe(true);
    expect(cookieAppliesToUrl(wide, 'https://notexample.com/')).toBe(false);
  });

  it('keeps Secure cookies off plain http except on localhost', () => {
    expect(cookieAppliesToUrl(cookie({ domain: 'example.com' }), 'http://example.com/')).toBe(false);
    expect(cookieAppliesToUrl(cookie({ domain: 'localhost' }), 'http://localhost/')).toBe(true);
  });

  it("lists a page's cookies: what its URL receives plus its registrable domain's", () => {
    const jar = [
      cookie({ name: 'a', domain: 'www.example.com' }),
      cookie({ name: 'b', domain: 'api.example.com' }),
      cookie({ name: 'c', domain: '.example.com', hostOnly: false }),
      cookie({ name: 'd', domain: 'other.test' }),
    ];
    expect(cookiesForPage(jar, 'https://www.example.com/').map((c) => c.name)).toEqual(['a', 'b', 'c']);
    expect(cookiesForPage(jar, 'chrome://version')).toEqual([]);
  });

  it('gives partitioned twins different keys', () => {
    const a = cookie({ name: 'x' });
    const b = cookie({ name: 'x', partitionKey: { topLevelSite: 'https://top.test' } });
    expect(cookieKey(a)).not.toBe(cookieKey(b));
  });
});
