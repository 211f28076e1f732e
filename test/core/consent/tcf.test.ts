import { describe, expect, it } from 'vitest';
import { decodeTcString, tcf } from '../../../src/core/consent/platforms/tcf';
import { tcfChoices } from '../../../src/core/consent/tcf-purposes';
import { cookie } from '../cookie-factory';
import { tcString, tcStringWithCmpId } from './strings';

const c = { name: 'euconsent-v2', domain: '.example.com' };

describe('TCF v2 euconsent-v2', () => {
  it('accept all: every mapped category accepted, facts in the IAB terms', () => {
    const r = decodeTcString(tcString({ purposes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], vendors: [755, 32] }), c);
    expect(r.understood).toBe(true);
    if (!r.understood) return;
    expect(r.choices).toEqual({ marketing: 'accepted', preferences: 'accepted', analytics: 'accepted' });
    expect(r.platform).toBe('IAB TCF via Quantcast Choice (CMP 10)');
    expect(r.tcf?.vendorConsents).toBe(2);
    expect(r.recordedAt).toBe(Date.UTC(2025, 0, 10));
    expect(r.answered).toBe(true);
  });

  it('reject all: nothing consented, every category refused', () => {
    const r = decodeTcString(tcString({ purposes: [] }), c);
    expect(r.understood && r.choices).toEqual({ marketing: 'refused', preferences: 'refused', analytics: 'refused' });
  });

  it('refusing purpose 1 (storage) refuses everything even with other purposes consented', () => {
    const r = decodeTcString(tcString({ purposes: [2, 3, 4, 7, 8] }), c);
    expect(r.understood && r.choices.marketing).toBe('refused');
    expect(r.understood && r.choices.analytics).toBe('refused');
  });

  it('partial: storage + measurement only', () => {
    const r = decodeTcString(tcString({ purposes: [1, 8, 9] }), c);
    expect(r.understood && r.choices).toEqual({ analytics: 'accepted', marketing: 'refused', preferences: 'refused' });
  });

  it('malformed, truncated and hostile strings are "format not understood", never a guess', () => {
    const good = tcString({ purposes: [1] });
    for (const bad of ['', 'garbage', good.slice(0, 12), '<script>alert(1)</script>', 'A'.repeat(20_000), 'CQ\u202e']) {
      const r = decodeTcString(bad, c);
      expect(r.understood).toBe(false);
      if (!r.understood) expect(r.note).toBe('consent cookie of IAB TCF, format not understood');
    }
  });

  it('names an invalid CMP id as a problem', () => {
    const r = decodeTcString(tcStringWithCmpId(1), c);
    expect(r.understood).toBe(false);
    if (!r.understood) expect(r.problem).toEqual({ kind: 'invalid-cmp-id', cmpId: 1 });
  });

  it('reads only euconsent-v2 cookies from a jar', () => {
    const jar = [cookie({ name: 'euconsent-v2', value: tcString({ purposes: [1, 2] }) }), cookie({ name: 'other' })];
    expect(tcf.read(jar)).toHaveLength(1);
  });

  it('purpose table: only consent counts, purpose 1 gates the rest', () => {
    expect(tcfChoices(new Set([1, 2]))).toEqual({
      marketing: 'accepted',
      preferences: 'refused',
      analytics: 'refused',
    });
    expect(tcfChoices(new Set([1, 5]))).toMatchObject({ preferences: 'accepted' });
  });
});

describe('decoding needs no network', () => {
  it('decodes TC and GPP strings with fetch and XMLHttpRequest unavailable (the libraries ship a vendor-list loader we never call)', async () => {
    const { vi } = await import('vitest');
    const { decodeGpp } = await import('../../../src/core/consent/platforms/gpp');
    const { gppString } = await import('./strings');
    const tc = tcString({ purposes: [1, 2] });
    const gpp = gppString({ saleOptOut: 1 });
    const boom = () => {
      throw new Error('network used');
    };
    vi.stubGlobal('fetch', boom);
    vi.stubGlobal('XMLHttpRequest', boom);
    try {
      expect(decodeTcString(tc, c).understood).toBe(true);
      expect(decodeGpp(gpp, { name: '__gpp', domain: '.example.com' }).understood).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
