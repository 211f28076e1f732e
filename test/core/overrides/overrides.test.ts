import { describe, expect, it } from 'vitest';
import { auditSite } from '../../../src/core/audit';
import { classify } from '../../../src/core/classify';
import { type Override, overrideSet, withOverride, withoutOverride } from '../../../src/core/overrides/overrides';
import { buildJson } from '../../../src/core/report/json';
import type { Cookie } from '../../../src/core/types';

function cookie(name: string, domain: string): Cookie {
  return {
    name,
    value: 'v',
    domain,
    hostOnly: false,
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    session: true,
    storeId: '0',
  };
}

const ga = cookie('_ga', '.shop.example');

describe('overrides', () => {
  it('wins over the catalogue, says "set by you" and keeps what the classifier said', () => {
    const overrides = overrideSet([
      { name: '_ga', cookieSite: 'shop.example', site: 'shop.example', category: 'necessary' },
    ]);
    const r = classify(ga, { pageSite: 'shop.example', overrides });
    expect(r).toMatchObject({ category: 'necessary', source: 'override', confidence: 1, vendor: 'Google Analytics' });
    expect(r.reason).toMatch(/^set by you for shop\.example; the classifier says analytics \(exact catalogue match/);
    expect(r.purpose).toContain('(category set by you)');
  });

  it('holds on its own site only, unless set for all sites', () => {
    const perSite = overrideSet([
      { name: '_ga', cookieSite: 'shop.example', site: 'shop.example', category: 'necessary' },
    ]);
    expect(classify(ga, { pageSite: 'other.example', overrides: perSite }).category).toBe('analytics');
    const everywhere = overrideSet([{ name: '_ga', cookieSite: '', site: '*', category: 'functional' }]);
    expect(classify(ga, { pageSite: 'other.example', overrides: everywhere })).toMatchObject({
      category: 'functional',
      source: 'override',
    });
    expect(classify(ga, { pageSite: 'other.example', overrides: everywhere }).reason).toMatch(
      /^set by you for all sites/,
    );
  });

  it('prefers a per-site correction over an all-sites one, and a named cookie domain over any', () => {
    const set = overrideSet([
      { name: '_ga', cookieSite: '', site: '*', category: 'functional' },
      { name: '_ga', cookieSite: 'shop.example', site: '*', category: 'marketing' },
      { name: '_ga', cookieSite: '', site: 'shop.example', category: 'necessary' },
    ]);
    expect(set.find('_ga', 'shop.example', 'shop.example')?.category).toBe('necessary');
    expect(set.find('_ga', 'shop.example', 'else.example')?.category).toBe('marketing');
    expect(set.find('_ga', 'other.example', 'else.example')?.category).toBe('functional');
    expect(set.find('_gid', 'shop.example', 'shop.example')).toBeUndefined();
  });

  it('replaces a correction of the same cookie and clears it again', () => {
    const a: Override = { name: 'x', cookieSite: 'a.example', site: 'a.example', category: 'marketing' };
    const b: Override = { ...a, category: 'necessary' };
    const list = withOverride(withOverride([], a), b);
    expect(list).toEqual([b]);
    expect(withoutOverride(list, { name: 'x', cookieSite: 'a.example', site: 'a.example' })).toEqual([]);
  });

  it('reaches the audit and the JSON report', () => {
    const overrides = overrideSet([
      { name: '_ga', cookieSite: 'shop.example', site: 'shop.example', category: 'necessary' },
    ]);
    const audit = auditSite([ga], { pageUrl: 'https://shop.example/', now: 0, overrides });
    expect(audit.summary.byCategory.necessary).toBe(1);
    const json = JSON.parse(buildJson(audit, { extensionVersion: '0.0.0' }));
    const row = JSON.stringify(json);
    expect(row).toContain('"source":"override"');
    expect(row).toContain('set by you for shop.example');
  });
});
