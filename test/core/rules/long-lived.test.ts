import { describe, expect, it } from 'vitest';
import { longLived } from '../../../src/core/rules/long-lived';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { audited, CLASSES, expiresIn, ruleContext, SESSION_ID, SESSION_ONLY } from './factory';

const ctx = ruleContext();

describe('long-lived', () => {
  it('flags a tracker that outlives 13 months as medium, naming it and the numbers', () => {
    const f = longLived.test(
      audited({ cookie: { name: '_ga', ...expiresIn(396) }, classification: CLASSES.analytics }),
      ctx,
    );
    expect(f?.ruleId).toBe('long-lived');
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('"_ga"');
    expect(f?.message).toContain('396 days');
    expect(f?.message).toContain('13 months (395 days)');
    expect(f?.message).toContain('measured from now');
    expect(f?.message).not.toContain('400-day');
    expect(f?.fix).toContain('Max-Age=34128000');
    expect(f?.reference.url).toContain('cnil.fr');
  });

  it('rates non-trackers low', () => {
    const f = longLived.test(
      audited({ cookie: { name: 'pref', ...expiresIn(500) }, classification: CLASSES.preferences }),
      ctx,
    );
    expect(f?.severity).toBe('low');
  });

  it("mentions Chrome's 400-day cap only past 400 days", () => {
    const at400 = longLived.test(audited({ cookie: expiresIn(400), classification: CLASSES.marketing }), ctx);
    expect(at400?.message).not.toContain('400-day');
    const past = longLived.test(audited({ cookie: expiresIn(730), classification: CLASSES.marketing }), ctx);
    expect(past?.message).toContain("Chrome's 400-day cap");
    expect(past?.message).toContain('2 years');
  });

  it('does not flag up to the limit, session cookies, or expired cookies', () => {
    expect(longLived.test(audited({ cookie: expiresIn(395), classification: CLASSES.analytics }), ctx)).toBeNull();
    expect(longLived.test(audited({ cookie: SESSION_ONLY, classification: CLASSES.analytics }), ctx)).toBeNull();
    expect(longLived.test(audited({ cookie: expiresIn(-800), classification: CLASSES.analytics }), ctx)).toBeNull();
  });

  it('reads the limit from settings', () => {
    const strict = ruleContext({ settings: { ...DEFAULT_SETTINGS, maxTrackerLifetimeDays: 180 } });
    const f = longLived.test(audited({ cookie: expiresIn(200), classification: CLASSES.analytics }), strict);
    expect(f?.message).toContain('180 days');
    expect(longLived.test(audited({ cookie: expiresIn(200), classification: CLASSES.analytics }), ctx)).toBeNull();
  });

  it('leaves session credentials to session-long-lived', () => {
    const login = audited({
      cookie: { name: 'sid', value: SESSION_ID, ...expiresIn(500) },
      classification: CLASSES.login,
    });
    expect(longLived.test(login, ctx)).toBeNull();
  });

  it('works without a page URL', () => {
    const f = longLived.test(
      audited({ cookie: expiresIn(500), classification: CLASSES.analytics }),
      ruleContext({ pageUrl: '', pageSite: '' }),
    );
    expect(f?.severity).toBe('medium');
  });
});

describe('long-lived fix for a cookie Firefox partitioned by itself', () => {
  it('suggests a line without Partitioned: the server never sent it', () => {
    const f = longLived.test(
      audited({
        cookie: {
          name: '_ga',
          ...expiresIn(396),
          storeId: 'firefox-default',
          partitionKey: { topLevelSite: 'https://site-a.test' },
        },
        classification: CLASSES.analytics,
        observedVia: ['response', 'partitioned-by-browser'],
      }),
      ctx,
    );
    expect(f?.fix).toContain('Set-Cookie: _ga=<value>');
    expect(f?.fix).not.toContain('Partitioned');
  });
});
