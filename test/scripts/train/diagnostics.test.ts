import { describe, expect, it } from 'vitest';
import { confusion, type Declared, majority, nameCeiling, otherSitesSay } from '../../../scripts/train/diagnostics';
import type { Scored } from '../../../scripts/train/metrics';

const scored = (label: Scored['label'], predicted: string): Scored => ({ label, predicted, confidence: 1, fold: 0 });

describe('training diagnostics', () => {
  it('counts declared (rows) against said (columns)', () => {
    const m = confusion([
      scored('necessary', 'necessary'),
      scored('necessary', 'marketing'),
      scored('analytics', 'marketing'),
    ]);
    expect(m[0]).toEqual([1, 0, 0, 1]);
    expect(m[2]).toEqual([0, 0, 0, 1]);
    expect(m[3]).toEqual([0, 0, 0, 0]);
  });

  const rows: Declared[] = [
    { name: '_ga', site: 'a', label: 'analytics' },
    { name: '_ga', site: 'b', label: 'analytics' },
    { name: '_ga', site: 'c', label: 'functional' },
    { name: 'only_here', site: 'a', label: 'necessary' },
  ];

  it('measures how far sites agree with each other on the same name', () => {
    const c = nameCeiling(rows);
    // One verdict per name: analytics for _ga (2 of 3 right), necessary for only_here.
    expect(c.inSample).toBe(3 / 4);
    expect(c.seenElsewhere).toBe(3);
    // a and b: the others' majority is analytics (agrees); c: analytics (disagrees with functional).
    expect(c.othersAgree).toBeCloseTo(2 / 3);
    expect(c.namesOnSeveralSites).toBe(1);
    expect(c.namesDeclaredDifferently).toBe(1);
  });

  it('says whether other sites back our verdict or the site', () => {
    expect(otherSitesSay(rows[2] as Declared, 'analytics', rows)).toBe('others agree with us');
    expect(otherSitesSay(rows[0] as Declared, 'marketing', rows)).toBe('others agree with the site');
    expect(otherSitesSay(rows[0] as Declared, 'necessary', rows)).toBe('others agree with the site');
    expect(otherSitesSay(rows[3] as Declared, 'marketing', rows)).toBe('no other site');
    expect(majority([])).toBeUndefined();
  });
});
