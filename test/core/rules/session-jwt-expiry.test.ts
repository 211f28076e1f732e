import { describe, expect, it } from 'vitest';
import { sessionJwtExpiry } from '../../../src/core/rules/session-jwt-expiry';
import { audited, b64url, CLASSES, DAY, jwt, NOW, ruleContext, SESSION_ID } from './factory';

const ctx = ruleContext();
const nowS = NOW / 1000;
const token = (payload: Record<string, unknown>) =>
  audited({ cookie: { name: 'id_token', value: jwt({ alg: 'RS256' }, { sub: 'u1', ...payload }) } });

describe('session-jwt-expiry', () => {
  it('flags an exp in the past as medium, with the date', () => {
    const f = sessionJwtExpiry.test(token({ exp: nowS - 3 * DAY }), ctx);
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('expired on 2025-01-12');
    expect(f?.message).toContain('3 days ago');
  });

  it('flags an exp years away as medium, and spots milliseconds', () => {
    const f = sessionJwtExpiry.test(token({ exp: nowS + 3 * 365 * DAY }), ctx);
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('3 years away');
    expect(sessionJwtExpiry.test(token({ exp: NOW + 3_600_000 }), ctx)?.message).toContain('milliseconds');
  });

  it('notes a missing exp as low', () => {
    expect(sessionJwtExpiry.test(token({}), ctx)?.severity).toBe('low');
  });

  it('does not flag a token valid for hours, or up to a year', () => {
    expect(sessionJwtExpiry.test(token({ exp: nowS + 3600 }), ctx)).toBeNull();
    expect(sessionJwtExpiry.test(token({ exp: nowS + 365 * DAY }), ctx)).toBeNull();
  });

  it('ignores encrypted tokens, non-JWT values and non-credentials', () => {
    const jwe = `${b64url({ alg: 'dir', enc: 'A256GCM' })}.a.b.c.d`;
    expect(
      sessionJwtExpiry.test(audited({ cookie: { name: 'sid', value: jwe }, classification: CLASSES.login }), ctx),
    ).toBeNull();
    expect(
      sessionJwtExpiry.test(
        audited({ cookie: { name: 'sid', value: SESSION_ID }, classification: CLASSES.login }),
        ctx,
      ),
    ).toBeNull();
    const ga = audited({
      cookie: { name: '_ga', value: jwt({ alg: 'HS256' }, { sub: 'x' }) },
      classification: CLASSES.analytics,
    });
    expect(sessionJwtExpiry.test(ga, ctx)).toBeNull();
  });
});
