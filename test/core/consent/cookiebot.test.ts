import { describe, expect, it } from 'vitest';
import { COOKIEBOT_CATEGORIES, decodeCookiebot } from '../../../src/core/consent/platforms/cookiebot';
import { cookie } from '../cookie-factory';

const cb = (p: boolean, s: boolean, m: boolean, stamp = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v2W3x4Y5z6A7b8==') =>
  encodeURIComponent(
    `{stamp:'${stamp}',necessary:true,preferences:${p},statistics:${s},marketing:${m},method:'explicit',ver:1,utc:1764583200000,region:'fr'}`,
  );

describe('Cookiebot CookieConsent', () => {
  it('reject all', () => {
    const r = decodeCookiebot(cookie({ name: 'CookieConsent', value: cb(false, false, false) }));
    expect(r.understood && r.choices).toEqual({
      preferences: 'refused',
      functional: 'refused',
      analytics: 'refused',
      marketing: 'refused',
    });
    expect(r.understood && r.recordedAt).toBe(1764583200000);
    expect(r.understood && r.notes).toEqual(['method: explicit']);
  });
  it('accept all and partial', () => {
    expect(decodeCookiebot(cookie({ value: cb(true, true, true) }))).toMatchObject({
      choices: { marketing: 'accepted' },
    });
    expect(decodeCookiebot(cookie({ value: cb(true, true, false) }))).toMatchObject({
      choices: { analytics: 'accepted', marketing: 'refused' },
    });
  });
  it('stamp -1 is not a choice', () => {
    expect(decodeCookiebot(cookie({ value: '-1' }))).toMatchObject({ understood: true, answered: false, choices: {} });
  });
  it('malformed, truncated, hostile', () => {
    for (const value of [
      '',
      '{}',
      cb(true, true, true).slice(0, 50),
      '{necessary:maybe}',
      '%E0%A4%A',
      '{a:1,<img>:2}',
    ]) {
      expect(decodeCookiebot(cookie({ name: 'CookieConsent', value })).understood).toBe(false);
    }
  });
  it('table', () => {
    expect(COOKIEBOT_CATEGORIES.statistics).toEqual(['analytics']);
  });
});
