import { describe, expect, it } from 'vitest';
import { longerThanExpected } from '../../../src/core/rules/longer-than-expected';
import { audited, CLASSES, DAY, expiresIn, ruleContext, SESSION_ONLY } from './factory';

const ctx = ruleContext();
const fbp = (days: number, expected: number | 'session' = 90 * DAY) =>
  audited({
    cookie: { name: '_fbp', ...expiresIn(days) },
    classification: { ...CLASSES.marketing, expectedLifespan: expected },
  });

describe('longer-than-expected', () => {
  it('flags a lifespan more than twice and a month beyond the catalogue, naming the vendor', () => {
    const f = longerThanExpected.test(fbp(730), ctx);
    expect(f?.ruleId).toBe('longer-than-expected');
    expect(f?.severity).toBe('low');
    expect(f?.message).toContain('"_fbp"');
    expect(f?.message).toContain('2 years');
    expect(f?.message).toContain('Meta normally sets it for 3 months');
    expect(f?.fix).toContain(`Max-Age=${90 * DAY}`);
  });

  it('needs both conditions: twice as long and more than 30 days longer', () => {
    expect(longerThanExpected.test(fbp(180), ctx)).toBeNull(); // exactly 2x
    expect(longerThanExpected.test(fbp(181), ctx)).not.toBeNull();
    // 1-day cookie at 20 days: 20x but only 19 days more.
    expect(longerThanExpected.test(fbp(20, DAY), ctx)).toBeNull();
    expect(longerThanExpected.test(fbp(32, DAY), ctx)).not.toBeNull();
  });

  it('treats an expected "session" lifespan as zero', () => {
    const f = longerThanExpected.test(fbp(60, 'session'), ctx);
    expect(f?.message).toContain('only for the browsing session');
    expect(longerThanExpected.test(fbp(10, 'session'), ctx)).toBeNull();
  });

  it('is info for non-trackers and silent without a catalogue lifespan, for session cookies and expired ones', () => {
    const pref = audited({
      cookie: expiresIn(400),
      classification: { ...CLASSES.preferences, expectedLifespan: 30 * DAY },
    });
    expect(longerThanExpected.test(pref, ctx)?.severity).toBe('info');
    expect(
      longerThanExpected.test(audited({ cookie: expiresIn(700), classification: CLASSES.marketing }), ctx),
    ).toBeNull();
    const session = audited({ cookie: SESSION_ONLY, classification: { ...CLASSES.marketing, expectedLifespan: DAY } });
    expect(longerThanExpected.test(session, ctx)).toBeNull();
    expect(longerThanExpected.test(fbp(-400), ctx)).toBeNull();
  });
});
