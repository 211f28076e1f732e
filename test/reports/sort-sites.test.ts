import { describe, expect, it } from 'vitest';
import type { SiteListing } from '../../src/core/messages';
import { sortSites } from '../../src/reports/sort-sites';

const site = (name: string, lastEventAt?: number) =>
  ({
    site: name,
    lastSeen: 0,
    cookies: 0,
    present: 0,
    summary: {} as SiteListing['summary'],
    ...(lastEventAt === undefined ? {} : { timeline: { events: 1, dropped: 0, lastEventAt, daily: [] } }),
  }) as SiteListing;

describe('sortSites', () => {
  it('by name, or changed recently first with silent sites last by name', () => {
    const sites = [site('c.test', 5), site('a.test'), site('b.test', 9), site('d.test')];
    expect(sortSites(sites, 'name').map((s) => s.site)).toEqual(['a.test', 'b.test', 'c.test', 'd.test']);
    expect(sortSites(sites, 'changed').map((s) => s.site)).toEqual(['b.test', 'c.test', 'a.test', 'd.test']);
  });
});
