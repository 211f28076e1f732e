import { describe, expect, it } from 'vitest';
import { type AuditMemo, type AuditMemoEntry, auditSite } from '../../src/core/audit';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { cookie } from './cookie-factory';

const NOW = Date.UTC(2025, 0, 15, 12);

function countingMemo() {
  const entries = new Map<string, AuditMemoEntry>();
  const counts = { hits: 0, sets: 0 };
  const memo: AuditMemo = {
    get(key) {
      const hit = entries.get(key);
      if (hit) counts.hits += 1;
      return hit;
    },
    set(key, entry) {
      counts.sets += 1;
      entries.set(key, entry);
    },
  };
  return { memo, counts };
}

const jar = [
  cookie({ name: 'sessionid', value: 'q8Zr2LmX0vTn5KbY7pWc3HdA9sJf1Ge4', secure: false, domain: '.shop.test' }),
  cookie({ name: '_ga', value: 'GA1.2.3.4', domain: '.shop.test', session: false, expirationDate: NOW / 1000 + 9e7 }),
  cookie({ name: 'IDE', value: 'x', domain: '.doubleclick.net', sameSite: 'no_restriction' }),
];
const options = { pageUrl: 'https://www.shop.test/cart', now: NOW };

describe('auditSite with a memo', () => {
  it('gives the same audit as without one, and reuses every result the second time', () => {
    const { memo, counts } = countingMemo();
    const plain = auditSite(jar, options);
    const first = auditSite(jar, { ...options, memo });
    expect(first).toEqual(plain);
    expect(counts).toEqual({ hits: 0, sets: 3 });
    const again = auditSite(jar, { ...options, pageUrl: 'https://www.shop.test/other', memo });
    expect(counts).toEqual({ hits: 3, sets: 3 });
    expect(again.cookies.map((c) => c.findings)).toEqual(plain.cookies.map((c) => c.findings));
    expect(again.summary).toEqual(plain.summary);
  });

  it('audits again a cookie whose value or attributes changed, and everything under other settings or pages', () => {
    const { memo, counts } = countingMemo();
    auditSite(jar, { ...options, memo });
    const changed = [{ ...jar[0]!, secure: true }, { ...jar[1]!, value: 'GA1.2.3.5' }, jar[2]!];
    auditSite(changed, { ...options, memo });
    expect(counts).toEqual({ hits: 1, sets: 5 });
    auditSite(jar, { ...options, memo, settings: { ...DEFAULT_SETTINGS, maxTrackerLifetimeDays: 1 } });
    expect(counts.sets).toBe(8);
    auditSite(jar, { ...options, memo, pageUrl: 'http://www.shop.test/' });
    expect(counts.sets).toBe(11);
    auditSite(jar, { ...options, memo, observations: new Map([[first(jar).id, ['request' as const]]]) });
    expect(counts.sets).toBe(12);
  });
});

describe('auditSite with a memo and consent', () => {
  it('runs the consent rules every time: a refusal arriving later flags a cookie whose other findings were memoised', () => {
    const { memo } = countingMemo();
    const ga = cookie({ name: '_ga', domain: '.shop.test', hostOnly: false, value: 'GA1.2.123456789.1700000000' });
    const before = auditSite([ga], { ...options, memo });
    expect(before.cookies[0]?.findings.some((f) => f.ruleId.startsWith('consent-'))).toBe(false);
    const refusal = cookie({
      name: 'OptanonConsent',
      domain: '.shop.test',
      hostOnly: false,
      value: `interactionCount=1&groups=${encodeURIComponent('C0001:1,C0002:0,C0003:1,C0004:0')}`,
    });
    const after = auditSite([ga, refusal], { ...options, memo });
    const plain = auditSite([ga, refusal], options);
    expect(after.cookies.find((c) => c.cookie.name === '_ga')?.findings.map((f) => f.ruleId)).toContain(
      'consent-set-despite-refusal',
    );
    expect(after.cookies).toEqual(plain.cookies);
  });
});

function first(cookies: typeof jar) {
  return auditSite(cookies.slice(0, 1), options).cookies[0]!;
}
