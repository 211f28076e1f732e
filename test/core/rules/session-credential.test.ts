import { describe, expect, it } from 'vitest';
import {
  hasCredentialName,
  isSessionCredential,
  sessionCredentialReason,
} from '../../../src/core/rules/session-credential';
import type { Category } from '../../../src/core/types';
import { audited, CLASSES, jwt, makeClassification, SESSION_ID } from './factory';

const unknown = (name: string, value = SESSION_ID) => audited({ cookie: { name, value } });

describe('hasCredentialName', () => {
  it.each([
    'PHPSESSID',
    'JSESSIONID',
    'ASP.NET_SessionId',
    'connect.sid',
    'laravel_session',
    'sessionid',
    '_session_id',
    'sid',
    'SSID',
    '__Secure-3PSID',
    '__Host-sid',
    'auth',
    'authToken',
    'auth_token',
    'access_token',
    'refresh_token',
    'id_token',
    'jwt',
    'remember_user_token',
    'remember_web_59ba36',
    'wordpress_logged_in_abc123',
    'login',
  ])('%s looks like a session credential name', (name) => {
    expect(hasCredentialName(name)).toBe(true);
  });

  it.each([
    'csrftoken',
    'XSRF-TOKEN',
    '_csrf',
    '__RequestVerificationToken',
    'lang',
    'theme',
    'cart',
    'consent',
    'nid',
  ])('%s does not', (name) => {
    expect(hasCredentialName(name)).toBe(false);
  });
});

describe('isSessionCredential', () => {
  it('trusts catalogue authentication/session tags, whatever the name or value', () => {
    expect(isSessionCredential(audited({ cookie: { name: 'li_at', value: 'x' }, classification: CLASSES.login }))).toBe(
      true,
    );
    expect(
      isSessionCredential(
        audited({ cookie: { name: 'x', value: '1' }, classification: { category: 'functional', tags: ['session'] } }),
      ),
    ).toBe(true);
    expect(sessionCredentialReason(audited({ classification: CLASSES.login }))).toMatch(/authentication/);
  });

  it('never counts CSRF tokens, even with a session-like tag or a token-like name and a random value', () => {
    expect(
      isSessionCredential(audited({ cookie: { name: 'csrftoken', value: SESSION_ID }, classification: CLASSES.csrf })),
    ).toBe(false);
    expect(
      isSessionCredential(
        audited({
          cookie: { name: 'x', value: SESSION_ID },
          classification: { category: 'necessary', tags: ['session', 'csrf'] },
        }),
      ),
    ).toBe(false);
    expect(isSessionCredential(unknown('XSRF-TOKEN'))).toBe(false);
  });

  it.each<[string, Category]>([
    ['_ga', 'analytics'],
    ['_hjSession_123456', 'analytics'],
    ['sessionid', 'analytics'],
    ['sid', 'marketing'],
    ['session', 'preferences'],
  ])('ignores %s in category %s', (name, category) => {
    expect(isSessionCredential(audited({ cookie: { name, value: SESSION_ID }, classification: { category } }))).toBe(
      false,
    );
  });

  it('does not mistake fraud, bot and load-balancer "session" cookies for logins', () => {
    for (const tags of [['fraud-prevention'], ['session', 'load-balancing'], ['bot-management']] as const) {
      const c = audited({
        cookie: { name: '__stripe_sid', value: SESSION_ID },
        classification: { category: 'necessary', tags: [...tags] },
      });
      expect(isSessionCredential(c)).toBe(false);
    }
  });

  it.each([
    '_ga',
    '_hjSession_123456',
    '_hjSessionUser_123456',
    '__hssc',
    '_uetsid',
    'ajs_user_id',
    '__stripe_sid',
    '_pk_ses.1.abcd',
    's_sess',
  ])('does not flag the unclassified analytics cookie %s', (name) => {
    expect(isSessionCredential(unknown(name))).toBe(false);
  });

  it('flags an unclassified session-id name only with a credential-looking value', () => {
    expect(sessionCredentialReason(unknown('PHPSESSID'))).toMatch(/long and random/);
    expect(isSessionCredential(unknown('connect.sid', `s%3A${SESSION_ID}.abcDEF123`))).toBe(true);
    expect(isSessionCredential(unknown('logged_in', 'yes'))).toBe(false);
    expect(isSessionCredential(unknown('session', '1'))).toBe(false);
    expect(isSessionCredential(unknown('session', 'aaaaaaaaaaaaaaaaaaaaaaaa'))).toBe(false);
    expect(isSessionCredential(unknown('session_start', '1736942400000'))).toBe(false);
  });

  it('flags JWT values: with a token name, or naming a subject', () => {
    const token = jwt({ alg: 'HS256' }, { sub: 'u1' });
    expect(sessionCredentialReason(unknown('access_token', token))).toMatch(/JWT/);
    expect(sessionCredentialReason(unknown('user', token))).toMatch(/"sub"/);
    expect(isSessionCredential(unknown('prefs', jwt({ alg: 'HS256' }, { theme: 'dark' })))).toBe(false);
  });

  it('ignores random values under names that say nothing about sessions', () => {
    expect(isSessionCredential(unknown('visitor', SESSION_ID))).toBe(false);
  });

  it('says whether the catalogue or the classifier made the call', () => {
    const session = (source: 'catalogue' | 'heuristic') =>
      audited({ classification: makeClassification({ category: 'necessary', tags: ['session'], source }) });
    expect(sessionCredentialReason(session('catalogue'))).toBe('the catalogue lists it as a session cookie');
    expect(sessionCredentialReason(session('heuristic'))).toBe('the classifier takes it as a session cookie');
  });
});
