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
import { CONSENT_PLATFORMS } from '../../../src/core/consent/registry';
import { cookie } from '../cookie-factory';

const enc = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const HOSTILE = ['', '%E0%A4%A', '{"a":', '<script>x</script>', '\u202e{}', 'x'.repeat(9000)];
/** A real-shaped value cut short, as a cookie truncated by a size limit or a bad copy would be. */
const truncated = (value: string) => value.slice(0, Math.floor(value.length / 2));
const ALL_ACCEPTED = { functional: 'accepted', preferences: 'accepted', analytics: 'accepted', marketing: 'accepted' };
const ALL_REFUSED = { functional: 'refused', preferences: 'refused', analytics: 'refused', marketing: 'refused' };
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');

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

describe('accept all / reject all / truncated / hostile, per platform', () => {
  it('Complianz: every category allowed, every optional one denied, hostile values named', () => {
    const jar = (v: string) =>
      ['functional', 'preferences', 'statistics', 'marketing'].map((k) =>
        cookie({ name: `cmplz_${k}`, value: k === 'functional' ? 'allow' : v }),
      );
    expect(complianz.read(jar('allow'))).toEqual([
      expect.objectContaining({
        understood: true,
        answered: true,
        choices: { preferences: 'accepted', analytics: 'accepted', marketing: 'accepted' },
      }),
    ]);
    expect(complianz.read(jar('deny'))[0]).toMatchObject({
      answered: true,
      choices: { preferences: 'refused', analytics: 'refused', marketing: 'refused' },
    });
    // Only the necessary cookie and no closed banner: the defaults, not an answer.
    expect(complianz.read([cookie({ name: 'cmplz_functional', value: 'allow' })])[0]).toMatchObject({
      answered: false,
      choices: {},
    });
    for (const value of [...HOSTILE, truncated('deny')]) {
      const records = complianz.read([cookie({ name: 'cmplz_marketing', value })]);
      expect(records).toEqual([expect.objectContaining({ understood: false, cookieName: 'cmplz_marketing' })]);
    }
  });

  it('Osano: ACCEPT everywhere, DENY everywhere, a truncated base64 record', () => {
    const accept = b64({
      ESSENTIAL: 'ACCEPT',
      STORAGE: 'ACCEPT',
      MARKETING: 'ACCEPT',
      PERSONALIZATION: 'ACCEPT',
      ANALYTICS: 'ACCEPT',
      OPT_OUT: 'DENY',
    });
    expect(decodeOsano(cookie({ name: 'osano_consentmanager', value: accept }))).toMatchObject({
      understood: true,
      choices: ALL_ACCEPTED,
    });
    const deny = b64({
      ESSENTIAL: 'ACCEPT',
      STORAGE: 'DENY',
      MARKETING: 'DENY',
      PERSONALIZATION: 'DENY',
      ANALYTICS: 'DENY',
      OPT_OUT: 'ACCEPT',
    });
    expect(decodeOsano(cookie({ name: 'osano_consentmanager', value: deny }))).toMatchObject({ choices: ALL_REFUSED });
    expect(decodeOsano(cookie({ value: truncated(deny) })).understood).toBe(false);
    for (const value of [...HOSTILE, truncated('allow')])
      expect(decodeCookieConsentStatus(cookie({ name: 'cookieconsent_status', value })).understood).toBe(false);
  });

  it('Borlabs: every group accepted; a truncated record', () => {
    const all = enc({
      consents: {
        essential: ['borlabs-cookie'],
        statistics: ['google-analytics'],
        marketing: ['facebook-pixel'],
        'external-media': ['youtube'],
        preferences: ['language'],
      },
      uid: 'abc',
      version: '1',
    });
    expect(decodeBorlabs(cookie({ name: 'borlabs-cookie', value: all }))).toMatchObject({
      understood: true,
      choices: ALL_ACCEPTED,
    });
    expect(decodeBorlabs(cookie({ value: truncated(all) })).understood).toBe(false);
  });

  it('Axeptio: every service accepted, a mixed answer counted, an unfinished banner, a truncated record', () => {
    const base = { $$token: 'k2j3h4', $$date: '2025-12-01T08:00:00.000Z', $$completed: true };
    expect(
      decodeAxeptio(cookie({ value: enc({ ...base, google_analytics: true, facebook_pixel: true }) })),
    ).toMatchObject({
      choices: ALL_ACCEPTED,
      notes: ['2 services accepted, 0 refused (services are site-defined)'],
    });
    expect(
      decodeAxeptio(cookie({ value: enc({ ...base, google_analytics: true, facebook_pixel: false }) })),
    ).toMatchObject({
      choices: {},
      notes: ['1 service accepted, 1 refused (services are site-defined)'],
    });
    expect(decodeAxeptio(cookie({ value: enc({ ...base, $$completed: false, ga: false }) }))).toMatchObject({
      answered: false,
    });
    expect(decodeAxeptio(cookie({ value: truncated(enc({ ...base, ga: false })) })).understood).toBe(false);
  });

  it('Klaro: a truncated record', () => {
    expect(
      decodeKlaro(cookie({ value: truncated(enc({ 'google-analytics': false, matomo: false })) })).understood,
    ).toBe(false);
  });

  it('iubenda: every purpose accepted, the legacy refusal, a truncated record', () => {
    const all = enc({
      timestamp: '2025-12-01T07:00:00.000Z',
      purposes: { 1: true, 2: true, 3: true, 4: true, 5: true },
    });
    expect(decodeIubenda(cookie({ name: '_iub_cs-1234567', value: all }))).toMatchObject({ choices: ALL_ACCEPTED });
    const none = enc({
      timestamp: '2025-12-01T07:00:00.000Z',
      purposes: { 1: true, 2: false, 3: false, 4: false, 5: false },
    });
    expect(decodeIubenda(cookie({ value: none }))).toMatchObject({ choices: ALL_REFUSED });
    expect(
      decodeIubenda(cookie({ value: enc({ consent: false, timestamp: '2025-12-01T07:00:00.000Z' }) })),
    ).toMatchObject({
      choices: ALL_REFUSED,
      recordedAt: Date.parse('2025-12-01T07:00:00.000Z'),
    });
    expect(decodeIubenda(cookie({ value: truncated(all) })).understood).toBe(false);
  });

  it('Google Consent Mode: every signal granted, every one denied (query form too), truncated', () => {
    const granted = enc({
      adStorage: 'granted',
      adUserData: 'granted',
      adPersonalization: 'granted',
      analyticsStorage: 'granted',
      functionalityStorage: 'granted',
      personalizationStorage: 'granted',
      securityStorage: 'granted',
    });
    expect(decodeConsentModeCookie(cookie({ name: 'uc_gcm', value: granted }))).toMatchObject({
      choices: ALL_ACCEPTED,
    });
    const denied =
      'ad_storage=denied&ad_user_data=denied&ad_personalization=denied&analytics_storage=denied&functionality_storage=denied&personalization_storage=denied';
    expect(decodeConsentModeCookie(cookie({ name: 'borlabs-cookie-gcs', value: denied }))).toMatchObject({
      platform: 'Google Consent Mode (Borlabs Cookie)',
      choices: ALL_REFUSED,
    });
    expect(decodeConsentModeCookie(cookie({ name: 'uc_gcm', value: truncated(granted) })).understood).toBe(false);
  });

  it('Usercentrics: "false" is an unanswered banner; hostile values are named', () => {
    expect(usercentrics.read([cookie({ name: 'uc_user_interaction', value: 'false' })])).toEqual([
      expect.objectContaining({ understood: true, answered: false, choices: {} }),
    ]);
    for (const value of [...HOSTILE, truncated('true')])
      expect(usercentrics.read([cookie({ name: 'uc_user_interaction', value })])).toEqual([
        expect.objectContaining({ understood: false, note: 'consent cookie of Usercentrics, format not understood' }),
      ]);
  });

  it('Termly: reads no cookie at all, whatever its name or value', () => {
    const jar = HOSTILE.map((value, i) =>
      cookie({ name: ['termly', 't_consent', 'termly-consent'][i % 3] as string, value }),
    );
    expect(termly.read(jar)).toEqual([]);
    expect(termly.scripts?.test('https://cdn.example/termly.js')).toBe(false);
  });

  it('Anthropic: both accepted; a truncated record', () => {
    const all = enc({ analytics: true, marketing: true });
    expect(decodeAnthropic(cookie({ name: 'anthropic-consent-preferences', value: all }))).toMatchObject({
      choices: { analytics: 'accepted', marketing: 'accepted' },
    });
    expect(decodeAnthropic(cookie({ value: truncated(all) })).understood).toBe(false);
  });
});

describe('every platform\u2019s category table, whole', () => {
  // Written out here rather than imported, so a changed row in a platform file fails this test until the change is
  // looked at. Sources are cited beside each table in its platform file.
  const TCF = {
    '1': [],
    '2': ['marketing'],
    '3': ['marketing'],
    '4': ['marketing'],
    '5': ['preferences'],
    '6': ['preferences'],
    '7': ['marketing'],
    '8': ['analytics'],
    '9': ['analytics'],
    '10': ['analytics'],
    '11': ['preferences'],
  };
  const EXPECTED: Record<string, Record<string, string[]>> = {
    onetrust: {
      C0001: ['necessary'],
      C0002: ['analytics'],
      C0003: ['functional', 'preferences'],
      C0004: ['marketing'],
      C0005: ['marketing'],
    },
    cookiebot: {
      necessary: ['necessary'],
      preferences: ['preferences', 'functional'],
      statistics: ['analytics'],
      marketing: ['marketing'],
    },
    cookieyes: {
      necessary: ['necessary'],
      functional: ['functional', 'preferences'],
      analytics: ['analytics'],
      performance: ['analytics'],
      advertisement: ['marketing'],
    },
    didomi: {
      cookies: [],
      select_basic_ads: ['marketing'],
      create_ads_profile: ['marketing'],
      select_personalized_ads: ['marketing'],
      measure_ad_performance: ['marketing'],
      create_content_profile: ['preferences'],
      select_personalized_content: ['preferences'],
      measure_content_performance: ['analytics'],
      market_research: ['analytics'],
      improve_products: ['analytics'],
    },
    usercentrics: {},
    complianz: {
      functional: ['necessary'],
      preferences: ['preferences'],
      statistics: ['analytics'],
      marketing: ['marketing'],
    },
    osano: {
      ESSENTIAL: ['necessary'],
      STORAGE: ['functional'],
      MARKETING: ['marketing'],
      PERSONALIZATION: ['preferences'],
      ANALYTICS: ['analytics'],
    },
    termly: {},
    klaro: {},
    borlabs: {
      essential: ['necessary'],
      statistics: ['analytics'],
      marketing: ['marketing'],
      'external-media': ['functional'],
      preferences: ['preferences'],
    },
    axeptio: {},
    iubenda: {
      '1': ['necessary'],
      '2': ['functional'],
      '3': ['preferences'],
      '4': ['analytics'],
      '5': ['marketing'],
    },
    anthropic: { necessary: ['necessary'], analytics: ['analytics'], marketing: ['marketing'] },
    'consent-mode': {
      ad_storage: ['marketing'],
      ad_user_data: ['marketing'],
      ad_personalization: ['marketing'],
      analytics_storage: ['analytics'],
      functionality_storage: ['functional'],
      personalization_storage: ['preferences'],
      security_storage: ['necessary'],
    },
    tcf: TCF,
    gpp: {
      ...TCF,
      SaleOptOut: ['marketing'],
      SharingOptOut: ['marketing'],
      TargetedAdvertisingOptOut: ['marketing'],
    },
  };

  it('pins each registered platform\u2019s table, and no platform goes without one', () => {
    expect(CONSENT_PLATFORMS.map((p) => p.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const p of CONSENT_PLATFORMS) expect({ [p.id]: p.categories }).toEqual({ [p.id]: EXPECTED[p.id] });
  });

  it('maps to known categories only, each row at most once', () => {
    const known = new Set(['necessary', 'functional', 'preferences', 'analytics', 'marketing']);
    for (const p of CONSENT_PLATFORMS) {
      for (const [key, ours] of Object.entries(p.categories)) {
        expect(
          ours.every((c) => known.has(c)),
          `${p.id}.${key}`,
        ).toBe(true);
        expect(new Set(ours).size, `${p.id}.${key}`).toBe(ours.length);
      }
    }
  });
});
