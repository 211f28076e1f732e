import { describe, expect, it } from 'vitest';
import { sessionNoHostPrefix } from '../../../src/core/rules/session-no-host-prefix';
import type { Cookie } from '../../../src/core/types';
import { audited, CLASSES, ruleContext, SESSION_ID } from './factory';

const ctx = ruleContext();
const login = (cookie: Partial<Cookie>) =>
  audited({ cookie: { name: 'sid', value: SESSION_ID, ...cookie }, classification: CLASSES.login });

describe('session-no-host-prefix', () => {
  it('suggests __Host- for a Secure, host-only, Path=/ login cookie (low), with the renamed line', () => {
    const f = sessionNoHostPrefix.test(login({}), ctx);
    expect(f?.severity).toBe('low');
    expect(f?.fix).toContain('Set-Cookie: __Host-sid=<value>; Path=/; Secure; HttpOnly; SameSite=Lax');
  });

  it('upgrades __Secure- to __Host- rather than stacking prefixes', () => {
    expect(sessionNoHostPrefix.test(login({ name: '__Secure-sid' }), ctx)?.fix).toContain(
      'Set-Cookie: __Host-sid=<value>',
    );
  });

  it('does not flag cookies already using __Host- (any case)', () => {
    expect(sessionNoHostPrefix.test(login({ name: '__Host-sid' }), ctx)).toBeNull();
    expect(sessionNoHostPrefix.test(login({ name: '__host-sid' }), ctx)).toBeNull();
  });

  it('does not suggest it where the cookie could not simply be renamed: Domain cookie, other Path, not Secure', () => {
    expect(sessionNoHostPrefix.test(login({ domain: '.example.com', hostOnly: false }), ctx)).toBeNull();
    expect(sessionNoHostPrefix.test(login({ path: '/app' }), ctx)).toBeNull();
    expect(sessionNoHostPrefix.test(login({ secure: false }), ctx)).toBeNull();
  });

  it('works on localhost and IP hosts, and ignores non-credentials', () => {
    expect(
      sessionNoHostPrefix.test(login({ domain: 'localhost' }), ruleContext({ pageUrl: 'http://localhost/' })),
    ).not.toBeNull();
    expect(sessionNoHostPrefix.test(audited({ cookie: { name: 'lang', value: 'en' } }), ctx)).toBeNull();
  });
});
