import { describe, expect, it } from 'vitest';
import { sessionFixLine } from '../../../src/core/rules/session-fix-line';
import { audited, CLASSES, expiresIn, ruleContext, SESSION_ID } from './factory';

const ctx = ruleContext();

describe('sessionFixLine', () => {
  it('adds the baseline attributes and caps the lifetime, but keeps Domain and name', () => {
    const c = audited({
      cookie: {
        name: 'sid',
        value: SESSION_ID,
        domain: '.example.com',
        hostOnly: false,
        secure: false,
        httpOnly: false,
        sameSite: 'no_restriction',
        ...expiresIn(365),
      },
      classification: CLASSES.login,
    });
    expect(sessionFixLine(c, ctx)).toBe(
      'Set-Cookie: sid=<value>; Domain=example.com; Path=/; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax',
    );
    expect(sessionFixLine(c, ctx, { domain: null })).not.toContain('Domain=');
  });

  it('keeps Strict, an explicit Lax for unspecified, and a lifetime within the limit', () => {
    const strict = audited({ cookie: { name: 'sid', sameSite: 'strict', ...expiresIn(2) } });
    expect(sessionFixLine(strict, ctx)).toMatch(/Expires=.*; Secure; HttpOnly; SameSite=Strict$/);
    const unspecified = audited({ cookie: { name: 'sid', sameSite: 'unspecified' } });
    expect(sessionFixLine(unspecified, ctx)).toBe('Set-Cookie: sid=<value>; Path=/; Secure; HttpOnly; SameSite=Lax');
  });
});
