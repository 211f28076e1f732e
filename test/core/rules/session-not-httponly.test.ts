import { describe, expect, it } from 'vitest';
import { sessionNotHttpOnly } from '../../../src/core/rules/session-not-httponly';
import { audited, CLASSES, ruleContext, SESSION_ID } from './factory';

const ctx = ruleContext();

describe('session-not-httponly', () => {
  it('flags a login cookie readable by scripts as high, with an HttpOnly fix that hides the value', () => {
    const c = audited({ cookie: { name: 'sid', value: SESSION_ID, httpOnly: false }, classification: CLASSES.login });
    const f = sessionNotHttpOnly.test(c, ctx);
    expect(f?.severity).toBe('high');
    expect(f?.message).toContain('"sid"');
    expect(f?.message).toContain('document.cookie');
    expect(f?.fix).toBe(
      'Send it with HttpOnly (the server still receives it; only page scripts lose access): Set-Cookie: sid=<value>; Path=/; Secure; HttpOnly; SameSite=Lax',
    );
    expect(`${f?.message}${f?.fix}`).not.toContain(SESSION_ID);
  });

  it('flags an unclassified session id by name and value', () => {
    const c = audited({ cookie: { name: 'PHPSESSID', value: SESSION_ID, httpOnly: false } });
    expect(sessionNotHttpOnly.test(c, ctx)?.message).toContain('long and random');
  });

  it('does not flag HttpOnly login cookies, analytics "session" cookies, CSRF tokens or ordinary cookies', () => {
    expect(
      sessionNotHttpOnly.test(
        audited({ cookie: { name: 'sid', value: SESSION_ID }, classification: CLASSES.login }),
        ctx,
      ),
    ).toBeNull();
    const hj = audited({
      cookie: { name: '_hjSession_1', value: SESSION_ID, httpOnly: false },
      classification: CLASSES.analytics,
    });
    expect(sessionNotHttpOnly.test(hj, ctx)).toBeNull();
    const csrf = audited({ cookie: { name: 'XSRF-TOKEN', value: SESSION_ID, httpOnly: false } });
    expect(sessionNotHttpOnly.test(csrf, ctx)).toBeNull();
    expect(
      sessionNotHttpOnly.test(audited({ cookie: { name: 'theme', value: 'dark', httpOnly: false } }), ctx),
    ).toBeNull();
  });

  it('clips a hostile name in the message', () => {
    const name = `session_${'x'.repeat(300)}\u202e`;
    const f = sessionNotHttpOnly.test(audited({ cookie: { name, value: SESSION_ID, httpOnly: false } }), ctx);
    expect(f?.message).toContain(`"session_${'x'.repeat(71)}…"`);
    expect(f?.message).not.toContain('\u202e');
  });
});
