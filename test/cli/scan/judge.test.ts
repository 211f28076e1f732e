import { describe, expect, it } from 'vitest';
import { countsForFailure } from '../../../src/cli/scan/fail-on';
import { judgeSite } from '../../../src/cli/scan/judge';
import { cookie } from '../../core/cookie-factory';
import { oneTrustRecord } from '../../core/rules/consent-factory';
import { FBP, GA, phase, SID } from './factory';

/** By the catalogue: Polylang's language choice (preferences) and Zendesk chat's (functional). */
const LANG = cookie({ name: 'pll_language', value: 'en' });
const CHAT = cookie({ name: '__zlcmid', value: 'x' });

describe('judgeSite', () => {
  it('calls a tracker in the none phase "set before consent" and after reject "set despite refusal"', () => {
    const phases = [phase('none', [SID, FBP]), phase('reject', [SID, FBP]), phase('accept', [SID, FBP, GA])];
    const { diff } = judgeSite(phases);
    const none = phases[0]?.findings.filter((f) => f.violation);
    const reject = phases[1]?.findings.filter((f) => f.violation);
    expect(none?.map((f) => [f.ruleId, f.severity, f.cookieName])).toEqual([
      ['scan/set-before-consent', 'medium', '_fbp'],
    ]);
    expect(reject?.map((f) => [f.ruleId, f.severity, f.cookieName])).toEqual([
      ['scan/set-despite-refusal', 'high', '_fbp'],
    ]);
    expect(phases[2]?.findings.filter((f) => f.violation)).toEqual([]);
    expect(Object.fromEntries(diff.map((r) => [r.name, r.verdict]))).toEqual({
      '__Host-sid': 'necessary',
      _fbp: 'set despite refusal',
      _ga: 'after accept only',
    });
    expect(diff.find((r) => r.name === '_ga')?.phases).toEqual({ none: false, reject: false, accept: true });
  });

  it("says a violation once: the core rule from the site's own record replaces the phase-based verdict", () => {
    // OneTrust's record of "reject all", answered ten minutes ago: every group but the strictly necessary one off.
    const reject = phase('reject', [SID, FBP, ...oneTrustRecord('reject')]);
    judgeSite([reject]);
    const onFbp = reject.findings.filter((f) => f.violation && f.cookieName === '_fbp').map((f) => f.ruleId);
    expect(onFbp).toEqual(['consent-set-despite-refusal']);
    // Without a record the scan's own verdict stands, once.
    const bare = phase('reject', [SID, FBP]);
    judgeSite([bare]);
    expect(bare.findings.filter((f) => f.violation).map((f) => f.ruleId)).toEqual(['scan/set-despite-refusal']);
  });

  it('calls functional and preference cookies after reject "set despite refusal" at low, and flags unknown ones as info', () => {
    const none = phase('none', [SID, LANG, CHAT]);
    const reject = phase('reject', [SID, LANG, CHAT, cookie({ name: 'mystery', value: 'v' })]);
    const odd = reject.audit?.cookies.find((c) => c.name === 'mystery');
    // The classifier rarely answers "unknown" (the fallback model guesses); the judgement reads the report only.
    if (odd) odd.classification = { ...odd.classification, category: 'unknown' };
    expect(reject.audit?.cookies.map((c) => `${c.name} ${c.classification.category}`).sort()).toEqual([
      '__Host-sid necessary',
      '__zlcmid functional',
      'mystery unknown',
      'pll_language preferences',
    ]);
    const { diff } = judgeSite([none, reject]);
    // Not judged before consent: a visitor may have asked for them (ePrivacy art. 5(3) exemption).
    expect(none.findings.filter((f) => f.ruleId.startsWith('scan/'))).toEqual([]);
    const scan = reject.findings.filter((f) => f.ruleId.startsWith('scan/'));
    expect(scan.map((f) => [f.ruleId, f.severity, f.violation, f.cookieName])).toEqual([
      ['scan/set-despite-refusal', 'low', true, '__zlcmid'],
      ['scan/set-despite-refusal', 'low', true, 'pll_language'],
      ['scan/unclassified-after-refusal', 'info', false, 'mystery'],
    ]);
    expect(scan[2]?.message).toContain('unclassified cookie after refusal — check it');
    // Exit codes: neither fails the default --fail-on high nor medium; the low ones are consent violations.
    expect(scan.filter((f) => countsForFailure(f, 'high') || countsForFailure(f, 'medium'))).toEqual([]);
    expect(scan.filter((f) => countsForFailure(f, 'violation')).map((f) => f.cookieName)).toEqual([
      '__zlcmid',
      'pll_language',
    ]);
    expect(Object.fromEntries(diff.map((r) => [r.name, r.verdict]))).toEqual({
      '__Host-sid': 'necessary',
      __zlcmid: 'set despite refusal',
      mystery: 'other',
      pll_language: 'set despite refusal',
    });
  });

  it('finds nothing wrong with a site whose trackers appear only after accept', () => {
    const phases = [phase('none', [SID]), phase('reject', [SID]), phase('accept', [SID, GA, FBP])];
    const { findings } = judgeSite(phases);
    const all = [...findings, ...phases.flatMap((p) => p.findings)];
    expect(all.filter((f) => countsForFailure(f, 'violation'))).toEqual([]);
    expect(all.filter((f) => countsForFailure(f, 'high'))).toEqual([]);
  });

  it('reports a banner that was not found (low) apart from one that could not be refused (high, a violation)', () => {
    const missing = judgeSite([phase('reject', [SID], { popupFound: false, platform: null, succeeded: null })]);
    expect(missing.findings.map((f) => [f.ruleId, f.severity, f.violation])).toEqual([
      ['scan/banner-not-found', 'low', false],
    ]);
    const stuck = judgeSite([phase('reject', [SID], { succeeded: false, detail: 'Onetrust: reject all failed' })]);
    expect(stuck.findings.map((f) => [f.ruleId, f.severity, f.violation])).toEqual([
      ['scan/reject-failed', 'high', true],
    ]);
    expect(stuck.findings[0]?.message).toContain('Onetrust: reject all failed');
    const untrue = judgeSite([phase('reject', [SID], { selfTest: false })]);
    expect(untrue.findings.map((f) => f.ruleId)).toEqual(['scan/reject-failed']);
    expect(untrue.findings[0]?.message).toContain('the platform still records consent');
  });

  it('keeps the extension’s own findings per phase, worst first', () => {
    const leaky = phase('none', [{ ...SID, name: 'sessionid', httpOnly: false, secure: false }]);
    judgeSite([leaky]);
    expect(leaky.findings.length).toBeGreaterThan(0);
    expect(leaky.findings[0]?.severity).toBe('high');
    expect(leaky.findings.every((f) => f.phase === 'none' && f.cookieName === 'sessionid')).toBe(true);
  });

  it('turns a phase that did not load into a site finding, not a crash', () => {
    const failed = { ...phase('none', []), status: 'error' as const, error: 'net::ERR_NAME_NOT_RESOLVED', audit: null };
    const { findings, diff } = judgeSite([failed]);
    expect(findings.map((f) => f.ruleId)).toEqual(['scan/phase-failed']);
    expect(diff).toEqual([]);
  });
});

describe('--fail-on', () => {
  const f = (over: object) => ({
    ruleId: 'r',
    severity: 'medium' as const,
    title: '',
    message: '',
    fix: '',
    phase: 'none' as const,
    cookieId: null,
    cookieName: null,
    cookieDomain: null,
    violation: false,
    allowed: null,
    isNew: false,
    referenceUrl: '',
    ...over,
  });
  it.each([
    ['high', f({ severity: 'high' }), true],
    ['high', f({ severity: 'medium' }), false],
    ['medium', f({ severity: 'medium' }), true],
    ['medium', f({ severity: 'low' }), false],
    ['violation', f({ severity: 'medium', violation: true }), true],
    ['violation', f({ severity: 'high' }), false],
    ['new', f({ severity: 'high' }), false],
    ['new', f({ severity: 'high', isNew: true }), true],
    ['new', f({ severity: 'low', isNew: true }), false],
    ['high', f({ severity: 'high', allowed: 'known, ticket 12' }), false],
  ] as const)('%s: %j -> %s', (failOn, finding, fails) => {
    expect(countsForFailure(finding, failOn)).toBe(fails);
  });
});
