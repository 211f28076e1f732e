import { describe, expect, it } from 'vitest';
import { sessionJwtAlgNone } from '../../../src/core/rules/session-jwt-alg-none';
import { audited, b64url, CLASSES, jwt, ruleContext, SESSION_ID } from './factory';

const ctx = ruleContext();
const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ sub: 'admin', exp: 1_900_000_000 })}.`;

describe('session-jwt-alg-none', () => {
  it('flags an unsigned token in a login cookie as high, without quoting the token', () => {
    const f = sessionJwtAlgNone.test(audited({ cookie: { name: 'access_token', value: unsigned } }), ctx);
    expect(f?.severity).toBe('high');
    expect(f?.message).toContain('"alg": "none"');
    expect(`${f?.message}${f?.fix}`).not.toContain(unsigned.slice(0, 20));
  });

  it('accepts any letter case of none', () => {
    const token = `${b64url({ alg: 'NONE' })}.${b64url({ sub: 'x' })}.`;
    expect(sessionJwtAlgNone.test(audited({ cookie: { name: 'jwt', value: token } }), ctx)).not.toBeNull();
  });

  it('does not flag signed tokens, non-JWT values, or JWTs in tracker cookies', () => {
    expect(
      sessionJwtAlgNone.test(audited({ cookie: { name: 'jwt', value: jwt({ alg: 'HS256' }, { sub: 'x' }) } }), ctx),
    ).toBeNull();
    expect(
      sessionJwtAlgNone.test(
        audited({ cookie: { name: 'sid', value: SESSION_ID }, classification: CLASSES.login }),
        ctx,
      ),
    ).toBeNull();
    expect(
      sessionJwtAlgNone.test(
        audited({ cookie: { name: 'ajs_token', value: unsigned }, classification: CLASSES.analytics }),
        ctx,
      ),
    ).toBeNull();
  });
});
