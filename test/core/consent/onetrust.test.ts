import { describe, expect, it } from 'vitest';
import { decodeOptanon, ONETRUST_CATEGORIES, oneTrust } from '../../../src/core/consent/platforms/onetrust';
import { cookie } from '../cookie-factory';

// The shape OneTrust writes (URL-encoded query string; datestamp is a JS Date string).
function optanon(groups: string, extra = 'interactionCount=1'): string {
  return `isGpcEnabled=0&datestamp=Mon+Dec+01+2025+10%3A00%3A00+GMT%2B0000+(Coordinated+Universal+Time)&version=202409.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=3f2a9c1e-0000-4000-8000-000000000000&${extra}&isAnonUser=1&landingPath=NotLandingPage&groups=${encodeURIComponent(groups)}&AwaitingReconsent=false&geolocation=FR%3BIDF`;
}
const closed = cookie({ name: 'OptanonAlertBoxClosed', value: '2025-12-01T10:00:05.123Z' });

describe('OneTrust OptanonConsent', () => {
  it('reject all: analytics, functional, preferences and marketing refused; time from OptanonAlertBoxClosed', () => {
    const r = decodeOptanon(
      cookie({ name: 'OptanonConsent', value: optanon('C0001:1,C0002:0,C0003:0,C0004:0,C0005:0') }),
      closed,
    );
    expect(r.understood && r.choices).toEqual({
      analytics: 'refused',
      functional: 'refused',
      preferences: 'refused',
      marketing: 'refused',
    });
    expect(r.understood && r.recordedAt).toBe(Date.parse('2025-12-01T10:00:05.123Z'));
    expect(r.understood && r.answered).toBe(true);
    expect(r.understood && r.gpc).toBe(false);
  });

  it('accept all, time from datestamp when the banner-closed cookie is absent', () => {
    const r = decodeOptanon(
      cookie({ name: 'OptanonConsent', value: optanon('C0001:1,C0002:1,C0003:1,C0004:1,C0005:1') }),
    );
    expect(r.understood && r.choices.marketing).toBe('accepted');
    expect(r.understood && r.recordedAt).toBe(Date.UTC(2025, 11, 1, 10));
  });

  it('partial: analytics only; one of two marketing groups accepted means marketing accepted', () => {
    const r = decodeOptanon(cookie({ name: 'OptanonConsent', value: optanon('C0001:1,C0002:1,C0004:0,C0005:1') }));
    expect(r.understood && r.choices).toEqual({ analytics: 'accepted', marketing: 'accepted' });
  });

  it('defaults before any interaction are marked as not answered', () => {
    const r = decodeOptanon(
      cookie({ name: 'OptanonConsent', value: optanon('C0001:1,C0002:0', 'interactionCount=0') }),
    );
    expect(r.understood && r.answered).toBe(false);
  });

  it('site-defined groups are listed, not mapped; GPC flag read', () => {
    const value = optanon('C0001:1,STACK42:0,C0009:1').replace('isGpcEnabled=0', 'isGpcEnabled=1');
    const r = decodeOptanon(cookie({ name: 'OptanonConsent', value }));
    expect(r.understood && r.choices).toEqual({});
    expect(r.understood && r.notes[0]).toBe('site-defined groups not mapped: STACK42, C0009');
    expect(r.understood && r.gpc).toBe(true);
  });

  it('malformed, truncated and hostile values: format not understood', () => {
    for (const value of [
      '',
      'groups=',
      'groups=C0001%3Ayes',
      optanon('C0001:1').slice(0, 40),
      'groups=%E0%A4%A',
      `groups=${'C0001:1,'.repeat(2000)}`,
      'groups=<b>:1',
    ]) {
      const r = decodeOptanon(cookie({ name: 'OptanonConsent', value }));
      expect(r.understood).toBe(false);
      if (!r.understood) expect(r.note).toBe('consent cookie of OneTrust, format not understood');
    }
  });

  it('the table maps the five default groups', () => {
    expect(ONETRUST_CATEGORIES).toMatchObject({
      C0001: ['necessary'],
      C0002: ['analytics'],
      C0004: ['marketing'],
      C0005: ['marketing'],
    });
    expect(oneTrust.read([closed])).toEqual([]);
  });
});
