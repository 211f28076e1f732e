import { describe, expect, it } from 'vitest';
import { serverSetCookieLine, setCookieLine, VALUE_PLACEHOLDER } from '../../../src/core/rules/set-cookie-line';
import { makeCookie } from './factory';

describe('setCookieLine', () => {
  it('renders a host-only session cookie as it is, with a placeholder for the value', () => {
    expect(setCookieLine(makeCookie({ name: 'sid', value: 'SECRET' }))).toBe(
      'Set-Cookie: sid=<value>; Path=/; Secure; HttpOnly; SameSite=Lax',
    );
  });

  it('never includes the real value', () => {
    const line = setCookieLine(makeCookie({ name: 'sid', value: 'TOP-SECRET-123' }), { httpOnly: true });
    expect(line).not.toContain('TOP-SECRET-123');
    expect(line).toContain(VALUE_PLACEHOLDER);
  });

  it('renders Domain without the leading dot, the expiry as an IMF date, and omits SameSite when unspecified', () => {
    const line = setCookieLine(
      makeCookie({
        name: '_ga',
        domain: '.example.com',
        hostOnly: false,
        secure: false,
        httpOnly: false,
        sameSite: 'unspecified',
        session: false,
        expirationDate: Date.UTC(2026, 1, 3, 4, 5, 6) / 1000,
      }),
    );
    expect(line).toBe('Set-Cookie: _ga=<value>; Domain=example.com; Path=/; Expires=Tue, 03 Feb 2026 04:05:06 GMT');
  });

  it('applies overrides: drop Domain, set Max-Age, change SameSite, drop the expiry', () => {
    const c = makeCookie({ name: 'sid', domain: '.example.com', hostOnly: false, sameSite: 'strict', path: '/app' });
    expect(setCookieLine(c, { domain: null, maxAge: 3600.7, sameSite: 'lax' })).toBe(
      'Set-Cookie: sid=<value>; Path=/app; Max-Age=3600; Secure; HttpOnly; SameSite=Lax',
    );
    const persistent = makeCookie({ session: false, expirationDate: 2_000_000_000 });
    expect(setCookieLine(persistent, { maxAge: 'session' })).not.toMatch(/Expires|Max-Age/);
    expect(setCookieLine(c, { domain: 'app.example.com' })).toContain('Domain=app.example.com;');
  });

  it('adds Secure where the browser would otherwise reject the line', () => {
    const insecure = makeCookie({ secure: false, sameSite: 'no_restriction' });
    expect(setCookieLine(insecure)).toContain('; Secure;');
    expect(setCookieLine(makeCookie({ secure: false }), { partitioned: true })).toMatch(/; Secure; .*Partitioned$/);
    expect(setCookieLine(makeCookie({ name: '__Secure-id', secure: false }))).toContain('; Secure');
    expect(setCookieLine(makeCookie({ secure: false, sameSite: 'lax' }))).not.toContain('Secure');
  });

  it('forces Path=/ and no Domain for __Host- names, whatever the overrides say', () => {
    const c = makeCookie({ name: 'sid', domain: '.example.com', hostOnly: false, path: '/x', secure: false });
    expect(setCookieLine(c, { name: '__Host-sid' })).toBe(
      'Set-Cookie: __Host-sid=<value>; Path=/; Secure; HttpOnly; SameSite=Lax',
    );
    expect(setCookieLine(makeCookie({ name: '__HOST-sid' }), { domain: 'example.com' })).not.toContain('Domain=');
  });

  it('marks partitioned (CHIPS) cookies as Partitioned', () => {
    const c = makeCookie({ sameSite: 'no_restriction', partitionKey: { topLevelSite: 'https://news.example' } });
    expect(setCookieLine(c)).toBe('Set-Cookie: pref=<value>; Path=/; Secure; HttpOnly; SameSite=None; Partitioned');
  });

  it('makes hostile names, domains and paths printable and clips long names', () => {
    const c = makeCookie({
      name: 'a\r\nSet-Cookie: evil=1',
      domain: '.ex\u202eample.com',
      hostOnly: false,
      path: '/\n',
    });
    const line = setCookieLine(c);
    expect(line).not.toMatch(/[\r\n\u202e]/);
    expect(line).toContain('a\\u000d\\u000aSet-Cookie: evil=1=<value>');
    expect(line).toContain('Domain=ex\\u202eample.com');
    const long = setCookieLine(makeCookie({ name: 'n'.repeat(500) }));
    expect(long).toContain(`${'n'.repeat(79)}…=<value>`);
  });
});

describe('serverSetCookieLine (the line the server of an audited cookie should send)', () => {
  const partitioned = makeCookie({
    name: 'tb_uid',
    storeId: 'firefox-default',
    sameSite: 'no_restriction',
    partitionKey: { topLevelSite: 'https://site-a.test' },
  });

  it('leaves Partitioned out for a cookie the browser partitioned by itself (Firefox Total Cookie Protection)', () => {
    const line = serverSetCookieLine({ cookie: partitioned, observedVia: ['response', 'partitioned-by-browser'] });
    expect(line).not.toContain('Partitioned');
    expect(line).toContain('SameSite=None');
  });

  it('keeps Partitioned for a CHIPS cookie, and when a fix asks for it', () => {
    expect(serverSetCookieLine({ cookie: partitioned, observedVia: ['response', 'partitioned'] })).toContain(
      '; Partitioned',
    );
    expect(
      serverSetCookieLine({ cookie: partitioned, observedVia: ['partitioned-by-browser'] }, { partitioned: true }),
    ).toContain('; Partitioned');
  });
});
