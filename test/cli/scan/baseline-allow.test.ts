import { describe, expect, it } from 'vitest';
import { AllowListError, applyAllowList, parseAllowList } from '../../../src/cli/scan/allow-list';
import { BaselineError, compareWithBaseline, parseBaseline, siteKey } from '../../../src/cli/scan/baseline';
import { judgeSite } from '../../../src/cli/scan/judge';
import { FBP, GA, NOW, phase, SID, siteResult } from './factory';

function judged(...phases: ReturnType<typeof phase>[]) {
  const s = siteResult(phases);
  const { findings, diff } = judgeSite(s.phases);
  s.findings = findings;
  s.diff = diff;
  return s;
}

const asReport = (...sites: ReturnType<typeof siteResult>[]) => JSON.stringify({ kind: 'scan', sites });

describe('baseline', () => {
  it('shows one added cookie as new, a removed one as gone, and a changed attribute', () => {
    const before = judged(phase('none', [SID, GA]));
    const after = judged(phase('none', [{ ...SID, sameSite: 'strict' }, FBP]));
    const changes = compareWithBaseline(after, parseBaseline(asReport(before)));
    expect(changes.map((c) => [c.change, c.name, c.details])).toEqual([
      ['new', '_fbp', []],
      ['changed', '__Host-sid', ['sameSite lax -> strict']],
      ['gone', '_ga', []],
    ]);
  });

  it('shows a category change and a lifespan change, but not a cookie renewed within a day', () => {
    const before = judged(phase('none', [SID, GA, FBP]));
    const shorter = { ...GA, expirationDate: NOW / 1000 + 86_400 * 30 };
    const renewed = { ...FBP, expirationDate: (FBP.expirationDate ?? 0) - 3600 };
    const after = judged(phase('none', [SID, shorter, renewed]));
    // As a newer catalogue (or an --overrides file) would: the same cookie, another category.
    const sid = after.phases[0]?.audit?.cookies.find((c) => c.name === '__Host-sid');
    if (sid) sid.classification = { ...sid.classification, category: 'functional' };
    const changes = compareWithBaseline(after, parseBaseline(asReport(before)));
    expect(changes.map((c) => [c.change, c.name, c.details])).toEqual([
      ['changed', '__Host-sid', ['category necessary -> functional']],
      ['changed', '_ga', ['lifespan 365 days -> 30 days']],
    ]);
  });

  it('marks only findings the baseline did not have as new', () => {
    const before = judged(phase('none', [SID, GA]));
    const after = judged(phase('none', [SID, GA, FBP]));
    compareWithBaseline(after, parseBaseline(asReport(before)));
    const fresh = after.phases[0]?.findings.filter((f) => f.isNew).map((f) => `${f.ruleId}:${f.cookieName}`);
    expect(fresh).toContain('scan/set-before-consent:_fbp');
    expect(fresh).not.toContain('scan/set-before-consent:_ga');
  });

  it('matches sites across runs whatever port they were served on', () => {
    expect(siteKey('https://a.test:4431/x?y=1')).toBe(siteKey('https://a.test:5555/x?y=1'));
    expect(siteKey('https://a.test/x')).not.toBe(siteKey('https://a.test/y'));
  });

  it('refuses a file that is not a scan report', () => {
    expect(() => parseBaseline('{"kind":"site"}')).toThrow(BaselineError);
    expect(() => parseBaseline('nope')).toThrow(/not JSON/);
  });
});

describe('allow-list', () => {
  it('needs a reason and something to match', () => {
    expect(() => parseAllowList('[{"cookie":"_ga"}]')).toThrow(/"reason" is required/);
    expect(() => parseAllowList('{"allow":[{"reason":"x"}]}')).toThrow(/give "cookie" or "rule"/);
    expect(() => parseAllowList('{"allow":[{"cookie":1,"reason":"x"}]}')).toThrow(AllowListError);
  });

  it('marks the findings an entry covers with its reason, by name, prefix, domain, site and rule', () => {
    const s = judged(phase('none', [SID, GA, FBP]), phase('reject', [SID, FBP]));
    const entries = parseAllowList(
      JSON.stringify({
        allow: [
          { cookie: '_g*', domain: 'example.com', reason: 'audience measurement, exempt (CNIL)' },
          { cookie: '_fbp', rule: 'scan/set-before-consent', site: 'other.com', reason: 'never matches here' },
        ],
      }),
    );
    for (const p of s.phases) applyAllowList(p.findings, entries, 'example.com');
    const ga = s.phases[0]?.findings.filter((f) => f.cookieName === '_ga');
    expect(ga?.length).toBeGreaterThan(0);
    expect(ga?.every((f) => f.allowed === 'audience measurement, exempt (CNIL)')).toBe(true);
    expect(s.phases[1]?.findings.find((f) => f.cookieName === '_fbp')?.allowed).toBeNull();
  });
});
