import { describe, expect, it } from 'vitest';
import { sessionLongLived } from '../../../src/core/rules/session-long-lived';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Cookie } from '../../../src/core/types';
import { audited, CLASSES, expiresIn, ruleContext, SESSION_ID, SESSION_ONLY } from './factory';

const ctx = ruleContext();
const login = (life: Pick<Cookie, 'session' | 'expirationDate'>) =>
  audited({ cookie: { name: 'remember_token', value: SESSION_ID, ...life }, classification: CLASSES.login });

describe('session-long-lived', () => {
  it('flags a login cookie living a year as medium, with the numbers and a 30-day Max-Age fix', () => {
    const f = sessionLongLived.test(login(expiresIn(365)), ctx);
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('"remember_token"');
    expect(f?.message).toContain('365 days');
    expect(f?.message).toContain('30 days');
    expect(f?.fix).toContain('Max-Age=2592000');
  });

  it('uses the settings limit, strictly greater than', () => {
    expect(sessionLongLived.test(login(expiresIn(30)), ctx)).toBeNull();
    expect(sessionLongLived.test(login(expiresIn(31)), ctx)).not.toBeNull();
    const week = ruleContext({ settings: { ...DEFAULT_SETTINGS, maxSessionLifetimeDays: 7 } });
    expect(sessionLongLived.test(login(expiresIn(10)), week)?.message).toContain('7 days');
  });

  it('does not flag session cookies (no expiry) or cookies already expired', () => {
    expect(sessionLongLived.test(login(SESSION_ONLY), ctx)).toBeNull();
    expect(sessionLongLived.test(login(expiresIn(-400)), ctx)).toBeNull();
  });

  it('does not flag long-lived non-credentials', () => {
    const ga = audited({
      cookie: { name: '_ga', value: SESSION_ID, ...expiresIn(390) },
      classification: CLASSES.analytics,
    });
    expect(sessionLongLived.test(ga, ctx)).toBeNull();
  });
});
