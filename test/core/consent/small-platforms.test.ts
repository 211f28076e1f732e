import { describe, expect, it } from 'vitest';
import { ANTHROPIC_CATEGORIES, decodeAnthropic } from '../../../src/core/consent/platforms/anthropic';
import { decodeAxeptio } from '../../../src/core/consent/platforms/axeptio';
import { BORLABS_CATEGORIES, decodeBorlabs } from '../../../src/core/consent/platforms/borlabs';
import { COMPLIANZ_CATEGORIES, complianz } from '../../../src/core/consent/platforms/complianz';
import { CONSENT_MODE_CATEGORIES, decodeConsentModeCookie } from '../../../src/core/consent/platforms/consent-mode';
import { decodeIubenda, IUBENDA_CATEGORIES } from '../../../src/core/consent/platforms/iubenda';
import { decodeKlaro } from '../../../src/core/consent/platforms/klaro';
import { decodeCookieConsentStatus, decodeOsano, OSANO_CATEGORIES } from '../../../src/core/consent/platforms/osano';
import { termly } from '../../../src/core/consent/platforms/termly';
import { usercentrics } from '../../../src/core/consent/platforms/usercentrics';
import { cookie } from '../cookie-factory';

const enc = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const HOSTILE = ['', '%E0%A4%A', '{"a":', '<script>x</script>', '\u202e{}', 'x'.repeat(9000)];

describe('Complianz cmplz_*', () => {
  it('one record from several cookies; deny refuses, allow accepts', () => {
    const jar = [
      cookie({ name: 'cmplz_functional', value: 'allow' }),
      cookie({ name: 'cmplz_statistics', value: 'deny' }),
      cookie({ name: 'cmplz_marketing', value: 'deny' }),
      cookie({ name: 'cmplz_preferences', value: 'allow' }),
      cookie({ name: 'cmplz_banner-status', value: 'dismissed' }),
    ];
    const [r] = complianz.read(jar);
    expect(r).toMatchObject({
      understood: true,
      answered: true,
      choices: { analytics: 'refused', marketing: 'refused', preferences: 'accepted' },
    });
    expect(COMPLIANZ_CATEGORIES.functional).toEqual(['necessary']);
  });
  it('unreadable values are named', () => {
    expect(complianz.read([cookie({ name: 'cmplz_marketing', value: 'perhaps' })])).toMatchObject([
      { understood: false, note: 'consent cookie of Complianz, format not understood' },
    ]);
  });
});

describe('Osano', () => {
  it('osano_consentmanager base64 JSON; OPT_OUT refuses marketing', () => {
    const v = Buffer.from(
      JSON.stringify({
        ESSENTIAL: 'ACCEPT',
        STORAGE: 'ACCEPT',
        MARKETING: 'DENY',
        PERSONALIZATION: 'DENY',
        ANALYTICS: 'ACCEPT',
        OPT_OUT: 'DENY',
      }),
    ).toString('base64');
    expect(decodeOsano(cookie({ value: v }))).toMatchObject({
      choices: { marketing: 'refused', analytics: 'accepted', preferences: 'refused' },
    });
    const optOut = Buffer.from(JSON.stringify({ MARKETING: 'ACCEPT', OPT_OUT: 'ACCEPT' })).toString('base64');
    expect(decodeOsano(cookie({ value: optOut }))).toMatchObject({ choices: { marketing: 'refused' } });
    for (const value of HOSTILE) expect(decodeOsano(cookie({ value })).understood).toBe(false);
    expect(OSANO_CATEGORIES.ANALYTICS).toEqual(['analytics']);
  });
  it('cookieconsent_status allow / deny / dismiss', () => {
    expect(decodeCookieConsentStatus(cookie({ value: 'deny' }))).toMatchObject({
      choices: { marketing: 'refused', analytics: 'refused' },
    });
    expect(decodeCookieConsentStatus(cookie({ value: 'allow' }))).toMatchObject({ choices: { marketing: 'accepted' } });
    expect(decodeCookieConsentStatus(cookie({ value: 'dismiss' }))).toMatchObject({ choices: {} });
    expect(decodeCookieConsentStatus(cookie({ value: 'yes<b>' })).understood).toBe(false);
  });
});

describe('Klaro and Axeptio: per-service records', () => {
  it('all refused / all accepted / mixed (counted, not guessed)', () => {
    expect(decodeKlaro(cookie({ value: enc({ 'google-analytics': false, matomo: false }) }))).toMatchObject({
      choices: { analytics: 'refused', marketing: 'refused' },
    });
    expect(decodeKlaro(cookie({ value: enc({ 'google-analytics': true }) }))).toMatchObject({
      choices: { analytics: 'accepted' },
    });
    expect(decodeKlaro(cookie({ value: enc({ a: true, b: false }) }))).toMatchObject({
      choices: {},
      notes: ['1 service accepted, 1 refused (services are site-defined)'],
    });
    for (const value of [...HOSTILE, enc({ a: 'yes' })]) expect(decodeKlaro(cookie({ value })).understood).toBe(false);
  });
  it('axeptio_cookies with $$ metadata and a time', () => {
    const value = enc({
      $$token: 'k2j3h4',
      $$date: '2025-12-01T08:00:00.000Z',
      $$cookiesVersion: { name: 'site-fr' },
      $$completed: true,
      google_analytics: false,
      facebook_pixel: false,
    });
    expect(decodeAxeptio(cookie({ value }))).toMatchObject({
      choices: { marketing: 'refused' },
      recordedAt: Date.parse('2025-12-01T08:00:00.000Z'),
      answered: true,
    });
    for (const value of [...HOSTILE, enc({ $$token: 'x', ga: 'no' })])
      expect(decodeAxeptio(cookie({ value })).understood).toBe(false);
  });
});

describe('iubenda _iub_cs-*', () => {
  it('per-purpose and legacy all-or-nothing records', () => {
    const value = enc({
      timestamp: '2025-12-01T07:00:00.000Z',
      version: '1.60.0',
      purposes: { 1: true, 2: true, 3: false, 4: false, 5: false },
      id: 1234567,
    });
    expect(decodeIubenda(cookie({ name: '_iub_cs-1234567', value }))).toMatchObject({
      choices: { functional: 'accepted', preferences: 'refused', analytics: 'refused', marketing: 'refused' },
      recordedAt: Date.parse('2025-12-01T07:00:00.000Z'),
    });
    expect(
      decodeIubenda(cookie({ value: enc({ consent: true, timestamp: '2025-12-01T07:00:00.000Z' }) })),
    ).toMatchObject({ choices: { marketing: 'accepted' } });
    for (const value of [...HOSTILE, enc({ purposes: {} })])
      expect(decodeIubenda(cookie({ value })).understood).toBe(false);
    expect(IUBENDA_CATEGORIES['5']).toEqual(['marketing']);
  });
});

describe('Borlabs Cookie', () => {
  it('groups present are accepted; standard groups missing are refused', () => {
    const value = enc({
      consents: { essential: ['borlabs-cookie'], statistics: ['google-analytics'] },
      domainPath: 'example.com/',
      uid: 'abc',
      version: '1',
    });
    expect(decodeBorlabs(cookie({ value }))).toMatchObject({
      choices: { analytics: 'accepted', marketing: 'refused' },
    });
    const none = enc({ consents: { essential: ['borlabs-cookie'] } });
    expect(decodeBorlabs(cookie({ value: none }))).toMatchObject({
      choices: { analytics: 'refused', marketing: 'refused' },
    });
    for (const value of [...HOSTILE, enc({ consents: { statistics: 'all' } })])
      expect(decodeBorlabs(cookie({ value })).understood).toBe(false);
    expect(BORLABS_CATEGORIES.statistics).toEqual(['analytics']);
  });
});

describe('Google Consent Mode cookies', () => {
  it('uc_gcm camelCase and borlabs-cookie-gcs snake_case', () => {
    const uc = decodeConsentModeCookie(
      cookie({
        name: 'uc_gcm',
        value: enc({
          adStorage: 'denied',
          analyticsStorage: 'granted',
          adUserData: 'denied',
          adPersonalization: 'denied',
        }),
      }),
    );
    expect(uc).toMatchObject({
      platform: 'Google Consent Mode (Usercentrics)',
      choices: { marketing: 'refused', analytics: 'accepted' },
    });
    const b = decodeConsentModeCookie(
      cookie({ name: 'borlabs-cookie-gcs', value: enc({ ad_storage: 'denied', analytics_storage: 'denied' }) }),
    );
    expect(b).toMatchObject({ choices: { marketing: 'refused', analytics: 'refused' } });
    for (const value of HOSTILE)
      expect(decodeConsentModeCookie(cookie({ name: 'uc_gcm', value })).understood).toBe(false);
    expect(CONSENT_MODE_CATEGORIES.analytics_storage).toEqual(['analytics']);
  });
});

describe('Usercentrics and Termly keep the choice out of cookies', () => {
  it('uc_user_interaction says only whether the banner was answered', () => {
    expect(usercentrics.read([cookie({ name: 'uc_user_interaction', value: 'true' })])).toMatchObject([
      { understood: true, answered: true, choices: {} },
    ]);
    expect(usercentrics.read([cookie({ name: 'uc_user_interaction', value: '<x>' })])).toMatchObject([
      { understood: false },
    ]);
  });
  it('Termly is recognised by its script only', () => {
    expect(termly.read([cookie({ name: 't_uid', value: 'x' })])).toEqual([]);
    expect(termly.scripts?.test('https://app.termly.io/resource-blocker/abc')).toBe(true);
  });
});

describe('anthropic-consent-preferences', () => {
  it('reads analytics and marketing', () => {
    expect(decodeAnthropic(cookie({ value: enc({ analytics: false, marketing: false }) }))).toMatchObject({
      choices: { analytics: 'refused', marketing: 'refused' },
    });
    expect(
      decodeAnthropic(cookie({ value: enc({ analytics: true, marketing: false, necessary: true }) })),
    ).toMatchObject({ choices: { analytics: 'accepted', marketing: 'refused' } });
    for (const value of [...HOSTILE, enc({ analytics: 'no' })])
      expect(decodeAnthropic(cookie({ value })).understood).toBe(false);
    expect(ANTHROPIC_CATEGORIES.marketing).toEqual(['marketing']);
  });
});
