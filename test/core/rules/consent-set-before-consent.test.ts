import { describe, expect, it } from 'vitest';
import { cookieKey } from '../../../src/core/cookie-key';
import { consentSetBeforeConsent, SAME_ANSWER_MS } from '../../../src/core/rules/consent-set-before-consent';
import { consentContext, oneTrustRecord, REFUSED_AT } from './consent-factory';
import { audited, CLASSES, NOW } from './factory';

const ga = audited({
  cookie: { name: '_ga', domain: '.example.com', hostOnly: false },
  classification: CLASSES.analytics,
});
const jar = oneTrustRecord('accept');
const consentKey = (i: number) => cookieKey(jar[i]!);

describe('consent-set-before-consent', () => {
  it('flags an analytics cookie first seen before the consent record existed', () => {
    const times = new Map([
      [ga.id, { firstSeen: REFUSED_AT - 30_000, lastWritten: REFUSED_AT - 30_000 }],
      [consentKey(0), { firstSeen: REFUSED_AT, lastWritten: REFUSED_AT }],
    ]);
    const f = consentSetBeforeConsent.test(ga, consentContext(jar, { cookieTimes: times }));
    expect(f?.severity).toBe('high');
    expect(f?.message).toContain('"_ga" was first written 30 seconds before the visitor answered the consent banner');
  });

  it('counts a write just before the record (one response, one click handler) as part of the answer', () => {
    const at = (ms: number) =>
      new Map([
        [ga.id, { firstSeen: REFUSED_AT - ms, lastWritten: REFUSED_AT - ms }],
        [consentKey(0), { firstSeen: REFUSED_AT, lastWritten: REFUSED_AT }],
      ]);
    // Firefox's times for two Set-Cookie lines of one response: 2 ms apart.
    expect(consentSetBeforeConsent.test(ga, consentContext(jar, { cookieTimes: at(2) }))).toBeNull();
    expect(consentSetBeforeConsent.test(ga, consentContext(jar, { cookieTimes: at(SAME_ANSWER_MS) }))).toBeNull();
    expect(
      consentSetBeforeConsent.test(ga, consentContext(jar, { cookieTimes: at(SAME_ANSWER_MS + 1) })),
    ).not.toBeNull();
  });

  it('flags a cookie written while the banner is unanswered (script loaded, no record)', () => {
    const times = new Map([[ga.id, { firstSeen: NOW - 1000, lastWritten: NOW - 1000 }]]);
    const f = consentSetBeforeConsent.test(
      ga,
      consentContext([], {
        cookieTimes: times,
        scriptUrls: ['https://cdn.cookielaw.org/scripttemplates/otSDKStub.js'],
      }),
    );
    expect(f?.message).toContain('while the consent banner of OneTrust had not been answered');
  });

  it('does not flag cookies written after consent, necessary cookies, sites without any banner, or without history (CLI)', () => {
    const after = new Map([
      [ga.id, { firstSeen: REFUSED_AT + 5000, lastWritten: REFUSED_AT + 5000 }],
      [consentKey(0), { firstSeen: REFUSED_AT, lastWritten: REFUSED_AT }],
    ]);
    expect(consentSetBeforeConsent.test(ga, consentContext(jar, { cookieTimes: after }))).toBeNull();
    const before = new Map([[ga.id, { firstSeen: NOW - 1000, lastWritten: NOW - 1000 }]]);
    expect(
      consentSetBeforeConsent.test(
        audited({ classification: CLASSES.login }),
        consentContext(jar, { cookieTimes: before }),
      ),
    ).toBeNull();
    expect(consentSetBeforeConsent.test(ga, consentContext([], { cookieTimes: before }))).toBeNull();
    expect(consentSetBeforeConsent.test(ga, consentContext(jar))).toBeNull();
  });
});
