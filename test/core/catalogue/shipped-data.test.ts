import { describe, expect, it } from 'vitest';
import { DEFAULT_ENTRIES, DEFAULT_TRACKER_DOMAINS, DEFAULT_VENDORS } from '../../../src/core/catalogue/data/index';
import { validateCatalogue } from '../../../src/core/catalogue/index';

// Runs the build-time validation over every shipped entry so one bad row fails CI with its name in the message.
describe('shipped catalogue data', () => {
  it('validates', () => {
    expect(() =>
      validateCatalogue({ entries: DEFAULT_ENTRIES, vendors: DEFAULT_VENDORS, domains: DEFAULT_TRACKER_DOMAINS }),
    ).not.toThrow();
  });

  // Generic words mean different things on different sites: they may only be pinned to a real vendor with domains.
  it('pins no generic name to a single vendor without domains', () => {
    const generic = ['sessionid', 'sid', 'SID', 'uid', 'id', 'token', 'session', 'lang', 'cart', 'user', 'd', 'i', 'c'];
    const pinned = DEFAULT_ENTRIES.filter(
      (e) => e.name !== undefined && generic.includes(e.name) && !e.domains && e.vendor !== 'web-app-generic',
    );
    expect(pinned.map((e) => `${e.name} → ${e.vendor}`)).toEqual([]);
  });

  it('uses only vendors that exist and domains that are lower-case', () => {
    const ids = new Set(DEFAULT_VENDORS.map((v) => v.id));
    for (const d of DEFAULT_TRACKER_DOMAINS) expect(ids.has(d.vendor), d.domain).toBe(true);
  });
});
