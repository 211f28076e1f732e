import { describe, expect, it } from 'vitest';
import { DIDOMI_CATEGORIES, decodeDidomi } from '../../../src/core/consent/platforms/didomi';
import { cookie } from '../cookie-factory';

const token = (enabled: string[], disabled: string[]) =>
  Buffer.from(
    JSON.stringify({
      user_id: '18b9f4a2-7c3d-6e1f-a0b9-2c8d7e6f5a4b',
      created: '2025-11-30T09:00:00.000Z',
      updated: '2025-12-01T09:30:00.000Z',
      vendors: { enabled: ['google'], disabled: [] },
      purposes: { enabled, disabled },
      version: 2,
    }),
  ).toString('base64');
const all = Object.keys(DIDOMI_CATEGORIES);

describe('Didomi didomi_token', () => {
  it('accept all / reject all / partial, time from updated', () => {
    expect(decodeDidomi(cookie({ value: token(all, []) }))).toMatchObject({
      choices: { marketing: 'accepted', analytics: 'accepted', preferences: 'accepted' },
      recordedAt: Date.parse('2025-12-01T09:30:00.000Z'),
    });
    expect(decodeDidomi(cookie({ value: token([], all) }))).toMatchObject({
      choices: { marketing: 'refused', analytics: 'refused', preferences: 'refused' },
    });
    expect(
      decodeDidomi(cookie({ value: token(['cookies', 'measure_content_performance'], ['select_basic_ads']) })),
    ).toMatchObject({ choices: { analytics: 'accepted', marketing: 'refused' } });
  });
  it('refusing device storage refuses every purpose', () => {
    expect(decodeDidomi(cookie({ value: token(['measure_content_performance'], ['cookies']) }))).toMatchObject({
      choices: { analytics: 'refused', marketing: 'refused' },
    });
  });
  it('custom purposes are listed, not mapped', () => {
    const r = decodeDidomi(cookie({ value: token(['cookies', 'analytics-XyZ12'], []) }));
    expect(r.understood && r.notes).toEqual(['site-defined purposes not mapped: analytics-XyZ12']);
  });
  it('malformed, truncated, hostile', () => {
    for (const value of [
      '',
      'bm90IGpzb24=',
      token(all, []).slice(0, 40),
      Buffer.from('{"purposes":5}').toString('base64'),
      '<svg onload=1>',
    ]) {
      expect(decodeDidomi(cookie({ value })).understood).toBe(false);
    }
  });
});
