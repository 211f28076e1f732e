import { describe, expect, it } from 'vitest';
import { sessionSameSiteNone } from '../../../src/core/rules/session-samesite-none';
import type { SameSite } from '../../../src/core/types';
import { audited, CLASSES, ruleContext, SESSION_ID } from './factory';

const ctx = ruleContext();
const login = (sameSite: SameSite) =>
  audited({ cookie: { name: 'sid', value: SESSION_ID, sameSite }, classification: CLASSES.login });

describe('session-samesite-none', () => {
  it('flags SameSite=None on a login cookie as medium (CSRF), fix is Lax', () => {
    const f = sessionSameSiteNone.test(login('no_restriction'), ctx);
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('SameSite=None');
    expect(f?.message).toContain('CSRF');
    expect(f?.fix).toContain('SameSite=Lax');
    expect(f?.fix).not.toContain('SameSite=None');
  });

  it('suggests a line that does not keep other weaknesses of the cookie', () => {
    const weak = audited({
      cookie: { name: 'sid', value: SESSION_ID, sameSite: 'no_restriction', secure: false, httpOnly: false },
      classification: CLASSES.login,
    });
    expect(sessionSameSiteNone.test(weak, ctx)?.fix).toContain(
      'Set-Cookie: sid=<value>; Path=/; Secure; HttpOnly; SameSite=Lax',
    );
  });

  it.each<SameSite>(['lax', 'strict', 'unspecified'])(
    'does not flag SameSite %s (unspecified is Lax in Chrome)',
    (s) => {
      expect(sessionSameSiteNone.test(login(s), ctx)).toBeNull();
    },
  );

  it('does not flag non-credentials with SameSite=None', () => {
    const c = audited({
      cookie: { name: '_ga', value: SESSION_ID, sameSite: 'no_restriction' },
      classification: CLASSES.analytics,
    });
    expect(sessionSameSiteNone.test(c, ctx)).toBeNull();
  });
});
