import { describe, expect, it } from 'vitest';
import { auditSite } from '../../../src/core/audit';
import { bannerPlatforms, CONSENT_PLATFORMS, readConsentRecords } from '../../../src/core/consent/registry';
import { summariseConsent } from '../../../src/core/consent/summary';
import { cookieKey } from '../../../src/core/cookie-key';
import { cookie } from '../cookie-factory';
import { tcString } from './strings';

const NOW = Date.UTC(2025, 11, 1, 12);
const onetrustReject = cookie({
  name: 'OptanonConsent',
  domain: '.shop.example',
  hostOnly: false,
  value: `isGpcEnabled=1&interactionCount=1&groups=${encodeURIComponent('C0001:1,C0002:0,C0003:1,C0004:0')}`,
});
const closed = cookie({
  name: 'OptanonAlertBoxClosed',
  domain: '.shop.example',
  hostOnly: false,
  value: new Date(NOW - 120_000).toISOString(),
});

describe('consent summary', () => {
  it('merges records, latest answer wins per category, and keeps the platform and time', () => {
    const tc = cookie({
      name: 'euconsent-v2',
      domain: '.shop.example',
      value: tcString({ purposes: [1, 2, 3, 4, 7], at: Date.UTC(2025, 10, 1) }),
    });
    const s = summariseConsent([onetrustReject, closed, tc], { browserGpc: true });
    expect(s.choices.analytics).toEqual({ choice: 'refused', platform: 'OneTrust' });
    expect(s.choices.marketing).toEqual({ choice: 'refused', platform: 'OneTrust' });
    expect(s.choices.preferences).toEqual({ choice: 'accepted', platform: 'OneTrust' });
    expect(s.platform).toBe('OneTrust');
    expect(s.recordedAt).toBe(NOW - 120_000);
    expect(s.recordedAtSource).toBe('record');
    expect(s.gpc).toEqual({ browser: true, platform: true });
    expect(s.records).toHaveLength(2);
  });

  it('takes the record time from history when the format has none', () => {
    const cy = cookie({
      name: 'cookieyes-consent',
      value: 'consentid:x,consent:no,action:yes,necessary:yes,analytics:no,advertisement:no',
    });
    const s = summariseConsent([cy], {
      cookieTimes: new Map([[cookieKey(cy), { firstSeen: 5e12 - 10, lastWritten: 5e12 }]]),
    });
    expect(s.recordedAt).toBe(5e12);
    expect(s.recordedAtSource).toBe('history');
    expect(s.firstRecordAt).toBe(5e12 - 10);
  });

  it('names banner scripts; every platform is in the registry', () => {
    expect(
      bannerPlatforms([
        'https://cdn.cookielaw.org/scripttemplates/otSDKStub.js',
        'https://consent.cookiebot.com/uc.js',
      ]),
    ).toEqual(['OneTrust', 'Cookiebot']);
    expect(bannerPlatforms(['https://example.com/app.js'])).toEqual([]);
    expect(CONSENT_PLATFORMS.map((p) => p.id)).toContain('tcf');
    expect(readConsentRecords([cookie({ name: 'unrelated' })])).toEqual([]);
  });
});

describe('auditSite with consent', () => {
  const ga = cookie({
    name: '_ga',
    domain: '.shop.example',
    hostOnly: false,
    value: 'GA1.2.123456789.1700000000',
    session: false,
    expirationDate: NOW / 1000 + 86400 * 300,
  });
  const fbp = cookie({
    name: '_fbp',
    domain: '.shop.example',
    hostOnly: false,
    value: 'fb.1.1700000000000.123456789',
    session: false,
    expirationDate: NOW / 1000 + 86400 * 80,
  });

  it('a cookie file (CLI): refusal findings, "before consent" skipped and said so', () => {
    const audit = auditSite([onetrustReject, closed, ga, fbp], { pageUrl: 'https://www.shop.example/', now: NOW });
    const ids = (name: string) =>
      audit.cookies.find((c) => c.cookie.name === name)?.findings.map((f) => f.ruleId) ?? [];
    expect(ids('_ga')).toContain('consent-set-despite-refusal');
    expect(ids('_fbp')).toContain('consent-set-despite-refusal');
    expect(audit.consent?.notes.join(' ')).toContain('“Set before consent” was not checked');
    expect(audit.consent?.notes.join(' ')).toContain('Cookie Auditor’s own classification');
    // The reader can challenge a category only if told that their own corrections count too.
    expect(audit.consent?.notes.join(' ')).toContain('with your corrections applied');
    expect(audit.summary.bySeverity.high).toBeGreaterThanOrEqual(1);
  });

  it('no consent cookie: no consent findings and no notes about categories', () => {
    const audit = auditSite([ga], { pageUrl: 'https://www.shop.example/', now: NOW });
    expect(audit.cookies[0]?.findings.some((f) => f.ruleId.startsWith('consent-'))).toBe(false);
    expect(audit.consent?.records).toEqual([]);
  });

  it('unreadable records are noted as such', () => {
    const bad = cookie({ name: 'OptanonConsent', value: 'groups=%%%' });
    const audit = auditSite([bad], { pageUrl: 'https://www.shop.example/', now: NOW });
    expect(audit.consent?.notes).toContain('consent cookie of OneTrust, format not understood (OptanonConsent)');
  });
});

describe('record times', () => {
  it('a day-rounded TCF time gives way to the history time of that day', () => {
    const day = Date.UTC(2025, 10, 20);
    const tc = cookie({ name: 'euconsent-v2', value: tcString({ purposes: [], at: day }) });
    const written = day + 11 * 3_600_000;
    const s = summariseConsent([tc], {
      cookieTimes: new Map([[cookieKey(tc), { firstSeen: written, lastWritten: written }]]),
    });
    expect(s.recordedAt).toBe(written);
    expect(s.recordedAtSource).toBe('history');
    const later = summariseConsent([tc], {
      cookieTimes: new Map([[cookieKey(tc), { firstSeen: day + 3 * 86_400_000, lastWritten: day + 3 * 86_400_000 }]]),
    });
    expect(later.recordedAt).toBe(day);
  });
});
