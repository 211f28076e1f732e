import { describe, expect, it } from 'vitest';
import { cookieNamesFromHeader, parseSetCookie } from '../../src/core/set-cookie-parse';

const NOW = Date.UTC(2026, 10, 23);

describe('parseSetCookie', () => {
  it('reads name, attributes and value length, never the value', () => {
    const a = parseSetCookie('sid=secret123; Path=/app; Domain=.Example.com; Secure; HttpOnly; SameSite=None', NOW);
    expect(a).toMatchObject({
      name: 'sid',
      valueLength: 9,
      domain: 'example.com',
      path: '/app',
      secure: true,
      httpOnly: true,
      sameSite: 'no_restriction',
      deletes: false,
    });
    expect(JSON.stringify(a)).not.toContain('secret123');
    expect(a?.attributes).toBe('Path=/app; Domain=.Example.com; Secure; HttpOnly; SameSite=None');
  });

  it('lets Max-Age win over Expires and recognises deletions', () => {
    expect(parseSetCookie('a=1; Expires=Thu, 01 Jan 2099 00:00:00 GMT; Max-Age=0', NOW)?.deletes).toBe(true);
    expect(parseSetCookie('a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT', NOW)?.deletes).toBe(true);
    expect(parseSetCookie('a=1; Max-Age=60', NOW)?.expires).toBe(NOW / 1000 + 60);
    expect(parseSetCookie('a=1; Max-Age=abc', NOW)?.expires).toBeUndefined();
  });

  it('treats unknown SameSite values as unspecified, a bad Path as /, and a nameless pair per RFC 6265bis', () => {
    expect(parseSetCookie('a=1; SameSite=Bogus', NOW)?.sameSite).toBe('unspecified');
    expect(parseSetCookie('a=1; Path=relative', NOW)?.path).toBe('/');
    expect(parseSetCookie('justavalue', NOW)).toMatchObject({ name: '', valueLength: 10 });
    expect(parseSetCookie('', NOW)).toBeNull();
  });

  it('flags the Partitioned attribute', () => {
    expect(parseSetCookie('c=1; Secure; SameSite=None; Partitioned', NOW)?.partitioned).toBe(true);
  });
});

describe('cookieNamesFromHeader', () => {
  it('keeps names only', () => {
    expect(cookieNamesFromHeader('a=1; b=two; _ga=GA1.2.3.4')).toEqual(['a', 'b', '_ga']);
    expect(cookieNamesFromHeader('')).toEqual([]);
  });
});
