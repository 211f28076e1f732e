import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify';
import { cookieKey } from '../../../src/core/cookie-key';
import { overrideSet } from '../../../src/core/overrides/overrides';
import { consentSetDespiteRefusal } from '../../../src/core/rules/consent-set-despite-refusal';
import { consentContext, oneTrustRecord, REFUSED_AT } from './consent-factory';
import { audited, CLASSES, makeCookie, ruleContext } from './factory';

const fbp = audited({
  cookie: { name: '_fbp', domain: '.example.com', hostOnly: false },
  classification: CLASSES.marketing,
});
const ga = audited({
  cookie: { name: '_ga', domain: '.example.com', hostOnly: false },
  classification: CLASSES.analytics,
});

describe('consent-set-despite-refusal', () => {
  it('flags marketing high and analytics medium after "Reject all", naming when they were written', () => {
    const times = new Map([
      [fbp.id, { firstSeen: REFUSED_AT + 2000, lastWritten: REFUSED_AT + 120_000 }],
      [ga.id, { firstSeen: REFUSED_AT - 60_000, lastWritten: REFUSED_AT - 60_000 }],
    ]);
    const ctx = consentContext(oneTrustRecord('reject'), { cookieTimes: times });
    const f1 = consentSetDespiteRefusal.test(fbp, ctx);
    expect(f1?.severity).toBe('high');
    expect(f1?.message).toContain(
      'The visitor refused marketing cookies in OneTrust, yet "_fbp" on .example.com is set.',
    );
    expect(f1?.message).toContain('written 2 minutes after the refusal');
    expect(f1?.message).toContain('Cookie Auditor classifies it as marketing (Meta) from its catalogue');
    const f2 = consentSetDespiteRefusal.test(ga, ctx);
    expect(f2?.severity).toBe('medium');
    expect(f2?.message).toContain('last written 1 minute before the refusal and is still there');
  });

  it('still flags without history, saying the time is unknown', () => {
    const f = consentSetDespiteRefusal.test(fbp, consentContext(oneTrustRecord('reject')));
    expect(f?.message).toContain('not known here');
  });

  it('does not flag accepted categories, necessary or unknown cookies, the record itself, or audits without consent', () => {
    const accepted = consentContext(oneTrustRecord('accept'));
    expect(consentSetDespiteRefusal.test(fbp, accepted)).toBeNull();
    const refused = consentContext(oneTrustRecord('reject'));
    expect(consentSetDespiteRefusal.test(audited({ classification: CLASSES.login }), refused)).toBeNull();
    expect(consentSetDespiteRefusal.test(audited({ classification: { category: 'unknown' } }), refused)).toBeNull();
    const record = oneTrustRecord('reject')[0];
    expect(
      consentSetDespiteRefusal.test(audited({ cookie: record, classification: CLASSES.marketing }), refused),
    ).toBeNull();
    expect(consentSetDespiteRefusal.test(fbp, ruleContext())).toBeNull();
  });

  it('says the category was set by the user when they corrected it, and what the classifier itself says', () => {
    // A real correction through classify(), so the wording follows the reason classify.ts writes.
    const cookie = { name: '_ga', domain: '.example.com', hostOnly: false };
    const corrected = classify(makeCookie(cookie), {
      pageSite: 'example.com',
      overrides: overrideSet([{ name: '_ga', cookieSite: 'example.com', site: '*', category: 'marketing' }]),
    });
    expect(corrected.source).toBe('override');
    const f = consentSetDespiteRefusal.test(
      audited({ cookie, classification: corrected }),
      consentContext(oneTrustRecord('reject')),
    );
    expect(f?.severity).toBe('high');
    expect(f?.message).toContain(
      'Its category, marketing (Google Analytics), is set by you (Cookie Auditor itself classifies it as analytics).',
    );
    expect(f?.message).not.toContain('from its');
  });

  it('names the learned fallback for model-classified cookies', () => {
    const f = consentSetDespiteRefusal.test(
      audited({
        cookie: { name: 'zx_track_uid', domain: '.example.com', hostOnly: false },
        classification: { ...CLASSES.marketing, vendor: undefined, source: 'model' },
      }),
      consentContext(oneTrustRecord('reject')),
    );
    expect(f?.message).toContain('Cookie Auditor classifies it as marketing from its learned fallback.');
  });

  it('ignores defaults that were never answered', () => {
    const [consent] = oneTrustRecord('reject');
    const unanswered = { ...consent!, value: consent!.value.replace('interactionCount=1', 'interactionCount=0') };
    expect(consentSetDespiteRefusal.test(fbp, consentContext([unanswered]))).toBeNull();
    expect(cookieKey(fbp.cookie)).toContain('_fbp');
  });
});
