import { describe, expect, it } from 'vitest';
import { auditSite } from '../../../src/core/audit';
import { COOKIE_RULES } from '../../../src/core/rules/index';
import type { Cookie } from '../../../src/core/types';
import { audited, CLASSES, expiresIn, makeCookie, NOW, ruleContext, SESSION_ID, SESSION_ONLY } from './factory';

// The e2e scenario from issue 4, in unit form: a deliberately risky session cookie and a good one.
const risky: Cookie = makeCookie({
  name: 'acme_session',
  value: SESSION_ID,
  domain: '.example.com',
  hostOnly: false,
  path: '/',
  secure: false,
  httpOnly: false,
  sameSite: 'no_restriction',
  ...expiresIn(365),
});

const good: Cookie = makeCookie({
  name: '__Host-sid',
  value: SESSION_ID,
  domain: 'app.example.com',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
  ...SESSION_ONLY,
});

const EVERY_REASON = [
  'session-broad-domain',
  'session-long-lived',
  'session-not-httponly',
  'session-not-secure',
  'session-samesite-none',
];

const ruleIds = (findings: readonly { ruleId: string }[]) => findings.map((f) => f.ruleId).sort();

describe('auditSite with the registered rules', () => {
  it('flags the risky session cookie on an http:// page with each reason, highest first', () => {
    const audit = auditSite([risky], { pageUrl: 'http://app.example.com/login', now: NOW });
    const [cookie] = audit.cookies;
    expect(ruleIds(cookie?.findings ?? [])).toEqual(EVERY_REASON);
    expect(cookie?.findings[0]?.severity).toBe('high');
    expect(cookie?.findings.find((f) => f.ruleId === 'session-broad-domain')?.severity).toBe('medium');
    expect(audit.summary.highestSeverity).toBe('high');
    expect(audit.summary.bySeverity).toMatchObject({ high: 2, medium: 3 });
    expect(JSON.stringify(audit.cookies[0]?.findings)).not.toContain(SESSION_ID);
  });

  it('finds nothing wrong with the good __Host- session cookie, as a session cookie or with a 1-day expiry', () => {
    for (const cookie of [good, { ...good, ...expiresIn(1) }]) {
      const audit = auditSite([cookie], { pageUrl: 'https://app.example.com/', now: NOW });
      expect(audit.cookies[0]?.findings).toEqual([]);
      expect(audit.siteFindings).toEqual([]);
      expect(audit.summary.highestSeverity).toBeNull();
    }
  });

  it('reports blocked attempts as info site findings', () => {
    const audit = auditSite([good], {
      pageUrl: 'https://app.example.com/',
      now: NOW,
      blocked: [
        {
          name: 'uid',
          domain: 'tracker.example',
          url: 'https://tracker.example/p',
          attributes: '',
          reason: 'third-party cookies are blocked',
          party: 'third',
          at: NOW,
        },
      ],
    });
    expect(audit.siteFindings.map((f) => [f.ruleId, f.severity])).toEqual([['blocked-attempts', 'info']]);
  });
});

describe('the registered rules over catalogue-classified cookies', () => {
  const run = (c: ReturnType<typeof audited>, ctx = ruleContext()) =>
    COOKIE_RULES.map((r) => r.test(c, ctx)).filter((f) => f !== null);

  it('flags a catalogue login cookie whose value says nothing, with each reason', () => {
    const c = audited({ cookie: { ...risky, name: 'li_at', value: 'x' }, classification: CLASSES.login });
    expect(ruleIds(run(c, ruleContext({ pageUrl: 'http://app.example.com/' })))).toEqual(EVERY_REASON);
  });

  it('flags a good login cookie under a catalogue classification with nothing', () => {
    const c = audited({ cookie: good, classification: CLASSES.login });
    expect(run(c, ruleContext({ pageUrl: 'https://app.example.com/' }))).toEqual([]);
  });

  it('judges the same risky attributes on an analytics cookie by the tracker rules instead', () => {
    const c = audited({ cookie: { ...risky, name: '_ga', ...expiresIn(730) }, classification: CLASSES.analytics });
    expect(ruleIds(run(c))).toEqual(['long-lived', 'samesite-none-tracker']);
  });
});
