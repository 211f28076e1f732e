import { describe, expect, it } from 'vitest';
import { decodeGpp, gpp } from '../../../src/core/consent/platforms/gpp';
import { cookie } from '../cookie-factory';
import { gppString } from './strings';

const c = { name: '__gpp', domain: '.example.com' };

describe('IAB GPP __gpp', () => {
  it('US national opt-out of sale and targeted ads: marketing refused, GPC read', () => {
    const r = decodeGpp(gppString({ saleOptOut: 1, targetedOptOut: 1, gpc: true }), c, '7');
    expect(r.understood).toBe(true);
    if (!r.understood) return;
    expect(r.choices).toEqual({ marketing: 'refused' });
    expect(r.gpc).toBe(true);
    expect(r.us?.[0]).toEqual({ section: 'usnat', sale: true, sharing: true, targetedAdvertising: true });
  });

  it('"did not opt out" is never read as accepted', () => {
    const r = decodeGpp(gppString({ saleOptOut: 2, targetedOptOut: 2 }), c);
    expect(r.understood && r.choices).toEqual({});
  });

  it('TCF EU section maps like euconsent-v2', () => {
    const r = decodeGpp(gppString({ tcfPurposes: [1, 8] }), c, '2');
    expect(r.understood && r.choices).toEqual({ analytics: 'accepted', marketing: 'refused', preferences: 'refused' });
    expect(r.understood && r.tcf?.cmpId).toBe(10);
  });

  it('__gpp_sid limits the sections that apply', () => {
    const both = gppString({ saleOptOut: 1, tcfPurposes: [1, 2, 3, 4, 8] });
    const onlyTcf = decodeGpp(both, c, '2');
    expect(onlyTcf.understood && onlyTcf.choices.marketing).toBe('accepted');
    const jar = [cookie({ name: '__gpp', value: both }), cookie({ name: '__gpp_sid', value: '7' })];
    const [r] = gpp.read(jar);
    expect(r?.understood && r.choices.marketing).toBe('refused');
  });

  it('malformed, truncated and hostile values are not understood', () => {
    const good = gppString({ saleOptOut: 1 });
    for (const bad of ['', 'DBABMA~garbage', good.slice(0, 7), 'x'.repeat(10_000), '"><img src=x>']) {
      const r = decodeGpp(bad, c);
      expect(r.understood).toBe(false);
    }
  });
});
