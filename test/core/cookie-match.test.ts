import { describe, expect, it } from 'vitest';
import { domainMatches, isLocalhost } from '../../src/core/cookie-match';
import { cookie } from './cookie-factory';

describe('cookie matching (RFC 6265bis §5.1.3)', () => {
  it('host-only cookies need the exact host; Domain cookies cover subdomains', () => {
    const hostOnly = cookie({ domain: 'example.com', hostOnly: true });
    const wide = cookie({ domain: '.example.com', hostOnly: false });
    expect(domainMatches(hostOnly, 'www.example.com')).toBe(false);
    expect(domainMatches(hostOnly, 'example.com')).toBe(true);
    expect(domainMatches(wide, 'www.example.com')).toBe(true);
    expect(domainMatches(wide, 'notexample.com')).toBe(false);
  });

  it('knows the hosts Chrome treats as secure contexts over plain http', () => {
    expect(isLocalhost('localhost')).toBe(true);
    expect(isLocalhost('app.localhost')).toBe(true);
    expect(isLocalhost('example.com')).toBe(false);
  });
});
