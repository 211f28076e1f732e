import { describe, expect, it } from 'vitest';
import { buildCatalogue, CatalogueError, defaultCatalogue } from '../../../src/core/catalogue/index';
import type { CatalogueEntry, TrackerDomain, Vendor } from '../../../src/core/catalogue/schema';

const vendors: Vendor[] = [
  { id: 'short', name: 'Short prefix' },
  { id: 'long', name: 'Long prefix' },
  { id: 'exact', name: 'Exact name' },
  { id: 'generic', name: 'Generic' },
  { id: 'site-a', name: 'Site A' },
  { id: 'site-b', name: 'Site B' },
];

function entry(e: Partial<CatalogueEntry> & { vendor: string }): CatalogueEntry {
  return { category: 'analytics', tags: ['analytics'], purpose: 'test', ...e };
}

function build(entries: CatalogueEntry[], domains: TrackerDomain[] = []) {
  return buildCatalogue({ entries, vendors, domains });
}

describe('catalogue lookup order', () => {
  it('prefers an exact name over a prefix pattern that also matches, whatever the file order', () => {
    const entries = [entry({ pattern: '_ga*', vendor: 'short' }), entry({ name: '_gat', vendor: 'exact' })];
    expect(build(entries).lookup('_gat', 'example.com')?.vendor.id).toBe('exact');
    expect(build(entries.reverse()).lookup('_gat', 'example.com')?.vendor.id).toBe('exact');
  });

  it('picks the longest matching pattern, not the first one listed', () => {
    const entries = [
      entry({ pattern: '_h*', vendor: 'short' }),
      entry({ pattern: '_hjSession_*', vendor: 'long' }),
      entry({ pattern: '*_123', vendor: 'generic' }),
    ];
    const c = build(entries);
    expect(c.lookup('_hjSession_123', 'x.com')?.vendor.id).toBe('long');
    expect(c.lookup('_hjOther', 'x.com')?.vendor.id).toBe('short');
    expect(c.lookup('zzz_123', 'x.com')?.vendor.id).toBe('generic');
    expect(build(entries.reverse()).lookup('_hjSession_123', 'x.com')?.vendor.id).toBe('long');
  });

  it('counts literal characters, so a long suffix beats a short prefix', () => {
    const c = build([entry({ pattern: 'a*', vendor: 'short' }), entry({ pattern: '*_mixpanel', vendor: 'long' })]);
    expect(c.lookup('abc_mixpanel', 'x.com')?.vendor.id).toBe('long');
  });

  it('prefers a domain-specific entry over a generic one with the same name', () => {
    const c = build([
      entry({ name: 'sessionid', vendor: 'generic' }),
      entry({ name: 'sessionid', vendor: 'site-a', domains: ['a.com'] }),
    ]);
    expect(c.lookup('sessionid', '.www.a.com')?.vendor.id).toBe('site-a');
    expect(c.lookup('sessionid', 'b.com')?.vendor.id).toBe('generic');
    expect(c.lookup('sessionid', 'nota.com')?.vendor.id).toBe('generic');
  });

  it('gives the same name different vendors on different domains', () => {
    const c = build([
      entry({ name: 'uid', vendor: 'site-a', domains: ['a.com'] }),
      entry({ name: 'uid', vendor: 'site-b', domains: ['b.com'] }),
    ]);
    expect(c.lookup('uid', '.a.com')?.vendor.id).toBe('site-a');
    expect(c.lookup('uid', 'x.b.com')?.vendor.id).toBe('site-b');
    expect(c.lookup('uid', 'c.com')).toBeUndefined();
  });

  it('prefers a domain-specific pattern at equal length and skips it on other domains', () => {
    const c = build([
      entry({ pattern: 'ab_*', vendor: 'generic' }),
      entry({ pattern: 'ab_*', vendor: 'site-a', domains: ['a.com'] }),
    ]);
    expect(c.lookup('ab_1', 'a.com')?.vendor.id).toBe('site-a');
    expect(c.lookup('ab_1', 'b.com')?.vendor.id).toBe('generic');
  });

  it('matches middle literals of a glob in order', () => {
    const c = build([entry({ pattern: '_vis_opt_exp_*_goal_*', vendor: 'long' })]);
    expect(c.lookup('_vis_opt_exp_12_goal_3', 'x.com')?.vendor.id).toBe('long');
    expect(c.lookup('_vis_opt_exp_12_combi', 'x.com')).toBeUndefined();
  });

  it('falls back to a case-insensitive exact match before patterns', () => {
    const c = build([entry({ name: 'PHPSESSID', vendor: 'exact' }), entry({ pattern: 'php*', vendor: 'short' })]);
    const m = c.lookup('phpsessid', 'x.com');
    expect(m?.vendor.id).toBe('exact');
    expect(m?.caseInsensitive).toBe(true);
  });

  it("does not match ignoring case on another vendor's tracker domain", () => {
    const c = build(
      [entry({ name: 'NID', vendor: 'site-a' })],
      [
        { domain: 'navdmp.com', vendor: 'site-b', category: 'marketing' },
        { domain: 'google.com', vendor: 'site-a', category: 'marketing' },
      ],
    );
    expect(c.lookup('nid', '.navdmp.com')).toBeUndefined();
    expect(c.lookup('nid', '.google.com')?.caseInsensitive).toBe(true);
    expect(c.lookup('nid', 'shop.example')?.vendor.id).toBe('site-a');
    // Written exactly as listed, the entry still applies anywhere.
    expect(c.lookup('NID', '.navdmp.com')?.vendor.id).toBe('site-a');
  });

  it('finds tracker domains for subdomains and not for look-alikes', () => {
    const c = build([], [{ domain: 'doubleclick.net', vendor: 'site-a', category: 'marketing' }]);
    expect(c.lookupDomain('.stats.g.doubleclick.net')?.vendor.id).toBe('site-a');
    expect(c.lookupDomain('notdoubleclick.net')).toBeUndefined();
  });
});

describe('catalogue validation', () => {
  const cases: [string, CatalogueEntry, RegExp][] = [
    ['both name and pattern', entry({ name: 'a', pattern: 'a*', vendor: 'short' }), /exactly one of name and pattern/],
    ['neither name nor pattern', entry({ vendor: 'short' }), /exactly one of name and pattern/],
    ['unknown vendor', entry({ name: 'a', vendor: 'nobody' }), /unknown vendor "nobody"/],
    ['bad lifespan', entry({ name: 'a', vendor: 'short', lifespan: '3 days' as never }), /unparsable lifespan/],
    ['bad tag', entry({ name: 'a', vendor: 'short', tags: ['tracking' as never] }), /unknown tag "tracking"/],
    ['pattern without literal ends', entry({ pattern: '*x*', vendor: 'short' }), /literal text at its start or end/],
    ['bad category', entry({ name: 'a', vendor: 'short', category: 'unknown' as never }), /invalid category/],
  ];
  it.each(cases)('rejects %s and names the entry', (_label, bad, message) => {
    expect(() => build([entry({ name: 'fine', vendor: 'short' }), bad])).toThrow(message);
    expect(() => build([bad])).toThrow(/entry #\d/);
  });

  it('rejects duplicates', () => {
    expect(() => build([entry({ name: 'a', vendor: 'short' }), entry({ name: 'a', vendor: 'long' })])).toThrow(
      CatalogueError,
    );
  });
});

describe('shipped catalogue', () => {
  it('passes validation and is large', () => {
    const c = defaultCatalogue();
    expect(c.counts.names + c.counts.patterns).toBeGreaterThan(1000);
    expect(c.counts.vendors).toBeGreaterThan(150);
    expect(c.counts.domains).toBeGreaterThan(200);
  });
});
