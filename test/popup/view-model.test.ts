import { describe, expect, it } from 'vitest';
import type { AuditedCookie, Category, Finding, Party } from '../../src/core/types';
import { DEFAULT_UI_STATE } from '../../src/popup/ui-state';
import { againstConsent, buildSections, looksLikeLogin, sortCookies } from '../../src/popup/view-model';
import { cookie } from '../core/cookie-factory';

function item(
  name: string,
  opts: { category?: Category; party?: Party; vendor?: string; remaining?: number | null; findings?: Finding[] } = {},
): AuditedCookie {
  return {
    id: name,
    cookie: cookie({ name, domain: opts.party === 'third' ? 'tracker.test' : 'www.example.com' }),
    party: opts.party ?? 'first',
    classification: {
      category: opts.category ?? 'unknown',
      ...(opts.vendor ? { vendor: opts.vendor } : {}),
      purpose: '',
      tags: [],
      confidence: 0.5,
      reason: '',
      source: 'heuristic',
    },
    findings: opts.findings ?? [],
    remainingSeconds: opts.remaining === undefined ? null : opts.remaining,
    observedVia: ['jar'],
  };
}

const high: Finding = {
  ruleId: 'session-not-httponly',
  severity: 'high',
  title: 't',
  message: 'm',
  fix: 'f',
  reference: { title: 'r', url: 'https://example.com' },
};

const list = [
  item('_ga', { category: 'analytics', vendor: 'Google Analytics', remaining: 1000 }),
  item('_fbp', { category: 'marketing', vendor: 'Meta Pixel', party: 'third', remaining: 5000 }),
  item('sid', { category: 'necessary', findings: [high] }),
  item('zeta', { category: 'necessary', remaining: 10 }),
];

describe('popup view model', () => {
  it('groups in category order and keeps per-category totals', () => {
    const sections = buildSections(list, DEFAULT_UI_STATE);
    expect(sections.map((s) => s.category)).toEqual(['necessary', 'analytics', 'marketing']);
    expect(sections[0]?.total).toBe(2);
  });

  it('searches names, vendors and domains, case-insensitively', () => {
    expect(
      buildSections(list, { ...DEFAULT_UI_STATE, query: 'META' }).flatMap((s) => s.cookies.map((c) => c.id)),
    ).toEqual(['_fbp']);
    expect(buildSections(list, { ...DEFAULT_UI_STATE, query: 'tracker.test' })[0]?.cookies[0]?.id).toBe('_fbp');
  });

  it('filters by party, category and findings', () => {
    const ids = (ui: Partial<typeof DEFAULT_UI_STATE>) =>
      buildSections(list, { ...DEFAULT_UI_STATE, ...ui }).flatMap((s) => s.cookies.map((c) => c.id));
    expect(ids({ party: 'third' })).toEqual(['_fbp']);
    expect(ids({ category: 'analytics' })).toEqual(['_ga']);
    expect(ids({ onlyFindings: true })).toEqual(['sid']);
  });

  it('sorts by severity, name or remaining lifespan (session cookies last)', () => {
    expect(sortCookies(list, 'severity')[0]?.id).toBe('sid');
    expect(sortCookies(list, 'name').map((c) => c.id)).toEqual(['_fbp', '_ga', 'sid', 'zeta']);
    expect(sortCookies(list, 'lifespan').map((c) => c.id)).toEqual(['_fbp', '_ga', 'zeta', 'sid']);
  });

  it('sorts names case-insensitively, the same order as the reports', () => {
    const mixed = [item('beta'), item('Zeta'), item('Alpha'), item('alpha')];
    expect(sortCookies(mixed, 'name').map((c) => c.id)).toEqual(['Alpha', 'alpha', 'beta', 'Zeta']);
  });

  it('knows which deletions sign the user out', () => {
    expect(looksLikeLogin(list[2] as AuditedCookie)).toBe(true);
    expect(looksLikeLogin(list[0] as AuditedCookie)).toBe(false);
  });
});

describe('consent marks', () => {
  const refused: Finding = { ...high, ruleId: 'consent-set-despite-refusal' };
  const record: Finding = { ...high, ruleId: 'consent-record-scope', severity: 'info' };
  const marked = item('_fbp', { category: 'marketing', findings: [refused] });

  it('marks cookies that go against the choice, not consent-record problems', () => {
    expect(againstConsent(marked)).toBe(true);
    expect(againstConsent(item('OptanonConsent', { category: 'necessary', findings: [record] }))).toBe(false);
    expect(againstConsent(item('sid', { findings: [high] }))).toBe(false);
  });

  it('"only with findings" keeps cookies flagged by the consent rules', () => {
    const sections = buildSections([marked, item('plain', { category: 'marketing' })], {
      ...DEFAULT_UI_STATE,
      onlyFindings: true,
    });
    expect(sections.flatMap((s) => s.cookies.map((c) => c.cookie.name))).toEqual(['_fbp']);
  });
});
