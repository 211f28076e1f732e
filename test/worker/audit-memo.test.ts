import { describe, expect, it } from 'vitest';
import { AUDIT_MEMO_MAX_AGE_MS, AUDIT_MEMO_MAX_ENTRIES, createAuditMemo } from '../../src/worker/audit-memo';

const entry = {
  classification: { category: 'unknown', purpose: '', tags: [], confidence: 0, reason: '', source: 'heuristic' },
  findings: [],
} as const;

describe('the audit memo', () => {
  it('forgets entries older than its age limit', () => {
    const clock = { t: 0, now: () => clock.t };
    const memo = createAuditMemo(clock);
    memo.set('a', structuredClone(entry) as never);
    clock.t = AUDIT_MEMO_MAX_AGE_MS - 1;
    expect(memo.get('a')).toBeDefined();
    clock.t = AUDIT_MEMO_MAX_AGE_MS;
    expect(memo.get('a')).toBeUndefined();
    expect(memo.size()).toBe(0);
  });

  it('keeps at most its entry limit, dropping the oldest writes', () => {
    const memo = createAuditMemo({ now: () => 0 });
    for (let i = 0; i < AUDIT_MEMO_MAX_ENTRIES + 10; i++) memo.set(`k${i}`, structuredClone(entry) as never);
    expect(memo.size()).toBe(AUDIT_MEMO_MAX_ENTRIES);
    expect(memo.get('k0')).toBeUndefined();
    expect(memo.get(`k${AUDIT_MEMO_MAX_ENTRIES + 9}`)).toBeDefined();
  });
});
