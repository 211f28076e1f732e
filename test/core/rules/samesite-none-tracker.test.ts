import { describe, expect, it } from 'vitest';
import { sameSiteNoneTracker } from '../../../src/core/rules/samesite-none-tracker';
import type { SameSite } from '../../../src/core/types';
import { audited, CLASSES, expiresIn, ruleContext, SESSION_ID, SESSION_ONLY } from './factory';

const ctx = ruleContext();

describe('samesite-none-tracker', () => {
  it('ranks a third-party marketing cookie with SameSite=None medium and suggests CHIPS or Lax', () => {
    const ide = audited({
      cookie: {
        name: 'IDE',
        domain: '.doubleclick.net',
        hostOnly: false,
        sameSite: 'no_restriction',
        ...expiresIn(390),
      },
      classification: { ...CLASSES.marketing, vendor: 'Google Ads' },
      party: 'third',
    });
    const f = sameSiteNoneTracker.test(ide, ctx);
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('"IDE" (Google Ads) on doubleclick.net');
    expect(f?.fix).toContain('Partitioned');
    expect(f?.fix).toContain('SameSite=Lax');
  });

  it('ranks a first-party analytics cookie low', () => {
    const ga = audited({ cookie: { name: '_ga', sameSite: 'no_restriction' }, classification: CLASSES.analytics });
    const f = sameSiteNoneTracker.test(ga, ctx);
    expect(f?.severity).toBe('low');
    expect(f?.fix).toContain('SameSite=Lax');
  });

  it.each<SameSite>(['lax', 'strict', 'unspecified'])(
    'ignores SameSite %s (unspecified is Lax in Chrome)',
    (sameSite) => {
      const c = audited({ cookie: { name: '_ga', sameSite }, classification: CLASSES.analytics, party: 'third' });
      expect(sameSiteNoneTracker.test(c, ctx)).toBeNull();
    },
  );

  it('ignores necessary/functional/preferences cookies with SameSite=None', () => {
    const c = audited({ cookie: { sameSite: 'no_restriction' }, classification: CLASSES.preferences, party: 'third' });
    expect(sameSiteNoneTracker.test(c, ctx)).toBeNull();
  });

  it('flags unknown cookies that look like tracking: tracking tags, or a long-lived random id', () => {
    const tagged = audited({
      cookie: { sameSite: 'no_restriction' },
      classification: { tags: ['cross-site-tracking'] },
      party: 'third',
    });
    expect(sameSiteNoneTracker.test(tagged, ctx)?.severity).toBe('medium');
    const idLike = audited({
      cookie: { name: 'uid', value: SESSION_ID, sameSite: 'no_restriction', ...expiresIn(365) },
      party: 'third',
    });
    expect(sameSiteNoneTracker.test(idLike, ctx)).not.toBeNull();
  });

  it('does not flag unknown cookies that are short-lived, session-only, not random, or session credentials', () => {
    const base = { name: 'uid', value: SESSION_ID, sameSite: 'no_restriction' as const };
    expect(sameSiteNoneTracker.test(audited({ cookie: { ...base, ...expiresIn(7) }, party: 'third' }), ctx)).toBeNull();
    expect(sameSiteNoneTracker.test(audited({ cookie: { ...base, ...SESSION_ONLY }, party: 'third' }), ctx)).toBeNull();
    expect(
      sameSiteNoneTracker.test(audited({ cookie: { ...base, ...expiresIn(-10) }, party: 'third' }), ctx),
    ).toBeNull();
    expect(
      sameSiteNoneTracker.test(audited({ cookie: { ...base, value: 'yes', ...expiresIn(365) }, party: 'third' }), ctx),
    ).toBeNull();
    expect(
      sameSiteNoneTracker.test(audited({ cookie: { ...base, name: 'sessionid', ...expiresIn(365) } }), ctx),
    ).toBeNull();
  });

  it('works without a page URL', () => {
    const ga = audited({ cookie: { name: '_ga', sameSite: 'no_restriction' }, classification: CLASSES.analytics });
    expect(sameSiteNoneTracker.test(ga, ruleContext({ pageUrl: '', pageSite: '' }))?.severity).toBe('low');
  });

  it('leaves out partitioned cookies: Firefox Total Cookie Protection and CHIPS keep one copy per top-level site', () => {
    // tb_uid as Firefox holds it on https://www.site-a.test: the server never said Partitioned, the browser did.
    const third = {
      name: 'tb_uid',
      value: SESSION_ID,
      domain: 'tracker-b.test',
      hostOnly: true,
      sameSite: 'no_restriction' as const,
      ...expiresIn(400),
    };
    const classification = { ...CLASSES.marketing, vendor: 'Tracker B' };
    const unpartitioned = audited({ cookie: { ...third, storeId: 'firefox-default' }, classification, party: 'third' });
    // The same cookie without a partition is still flagged: the check below cannot pass by never flagging anything.
    expect(sameSiteNoneTracker.test(unpartitioned, ctx)?.message).toContain('from every site that embeds it');
    const byFirefox = audited({
      cookie: { ...third, storeId: 'firefox-default', partitionKey: { topLevelSite: 'https://site-a.test' } },
      classification,
      party: 'third',
    });
    expect(sameSiteNoneTracker.test(byFirefox, ctx)).toBeNull();
    const chips = audited({
      cookie: { ...third, partitionKey: { topLevelSite: 'https://example.com', hasCrossSiteAncestor: true } },
      classification,
      party: 'third',
    });
    expect(sameSiteNoneTracker.test(chips, ctx)).toBeNull();
    // An empty partition key (Chrome's shape for "no partition") is not a partition.
    const emptyKey = audited({ cookie: { ...third, partitionKey: {} }, classification, party: 'third' });
    expect(sameSiteNoneTracker.test(emptyKey, ctx)?.severity).toBe('medium');
  });
});
