import { describe, expect, it } from 'vitest';
import { consentNote } from '../../../src/core/timeline/consent-note';
import { consentText, sameConsent } from '../../../src/core/timeline/consent-text';
import { cookie as make } from '../cookie-factory';

const cookie = (name: string, value: string) => make({ name, value, domain: '.shop.test' });

const optanon = (groups: string, interactions = 1) =>
  cookie(
    'OptanonConsent',
    `isGpcEnabled=0&datestamp=x&interactionCount=${interactions}&groups=${encodeURIComponent(groups)}`,
  );

describe('consent records on the timeline', () => {
  it('reads a OneTrust refusal and says it in words', () => {
    const note = consentNote(optanon('C0001:1,C0002:0,C0004:0'));
    expect(note).toMatchObject({ platform: 'OneTrust', understood: true, answered: true });
    expect(consentText(note!)).toBe('consent: analytics refused, marketing refused — OneTrust');
  });

  it('says "accepted all" when every category it speaks of was accepted', () => {
    const note = consentNote(optanon('C0001:1,C0002:1,C0003:1,C0004:1'));
    expect(consentText(note!)).toBe('consent: accepted all — OneTrust');
  });

  it('says when the banner was not answered, and when the record cannot be read', () => {
    expect(consentText(consentNote(optanon('C0001:1,C0002:0', 0))!)).toMatch(/^consent: not answered yet/);
    const unreadable = consentNote(cookie('OptanonConsent', 'garbage'));
    expect(unreadable).toMatchObject({ understood: false, platform: 'OneTrust' });
    expect(consentText(unreadable!)).toBe('consent cookie of OneTrust, format not understood');
  });

  it('is null for a cookie that is no consent record, and keeps no value', () => {
    expect(consentNote(cookie('_ga', 'GA1.1.1.1'))).toBeNull();
    expect(JSON.stringify(consentNote(optanon('C0001:1,C0002:0')))).not.toContain('datestamp');
  });

  it('tells a new choice from the same one rewritten', () => {
    const a = consentNote(optanon('C0001:1,C0002:0'));
    expect(sameConsent(a, consentNote(optanon('C0001:1,C0002:0')))).toBe(true);
    expect(sameConsent(a, consentNote(optanon('C0001:1,C0002:1')))).toBe(false);
    expect(sameConsent(a, null)).toBe(false);
  });
});
