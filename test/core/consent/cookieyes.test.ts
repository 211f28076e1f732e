import { describe, expect, it } from 'vitest';
import { COOKIEYES_CATEGORIES, decodeCookieYes } from '../../../src/core/consent/platforms/cookieyes';
import { cookie } from '../cookie-factory';

const cy = (v: (k: string) => string, action = 'yes') =>
  `consentid:Q0pUc2RHWnZ2R3dJ,consent:${v('consent')},action:${action},necessary:yes,functional:${v('functional')},analytics:${v('analytics')},performance:${v('performance')},advertisement:${v('advertisement')},other:no`;

describe('CookieYes cookieyes-consent', () => {
  it('reject all / accept all / partial', () => {
    expect(decodeCookieYes(cookie({ value: cy(() => 'no') }))).toMatchObject({
      answered: true,
      choices: { analytics: 'refused', marketing: 'refused', functional: 'refused', preferences: 'refused' },
    });
    expect(decodeCookieYes(cookie({ value: cy(() => 'yes') }))).toMatchObject({
      choices: { analytics: 'accepted', marketing: 'accepted' },
    });
    const partial = decodeCookieYes(cookie({ value: cy((k) => (k === 'performance' ? 'yes' : 'no')) }));
    expect(partial).toMatchObject({ choices: { analytics: 'accepted', marketing: 'refused' } });
  });
  it('not answered when action is no', () => {
    expect(decodeCookieYes(cookie({ value: cy(() => 'no', 'no') }))).toMatchObject({ answered: false });
  });
  it('malformed, truncated, hostile', () => {
    for (const value of [
      '',
      'consent',
      'necessary:yes',
      'analytics:maybe',
      `${cy(() => 'no').slice(0, 30)}`,
      '%E0%A4%A',
    ]) {
      expect(decodeCookieYes(cookie({ value })).understood).toBe(false);
    }
  });
  it('table', () => {
    expect(COOKIEYES_CATEGORIES.advertisement).toEqual(['marketing']);
  });
});
