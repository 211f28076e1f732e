import { describe, expect, it } from 'vitest';
import { blockedAttempts } from '../../../src/core/rules/blocked-attempts';
import type { BlockedAttempt } from '../../../src/core/types';
import { NOW, ruleContext } from './factory';

const ctx = ruleContext();
const attempt = (overrides: Partial<BlockedAttempt>): BlockedAttempt => ({
  name: 'uid',
  domain: 'tracker.example',
  url: 'https://tracker.example/pixel',
  attributes: 'Path=/; SameSite=None; Secure',
  reason: 'third-party cookies are blocked',
  party: 'third',
  at: NOW,
  ...overrides,
});

describe('blocked-attempts', () => {
  it('groups attempts by domain and reason into info findings, in plain words', () => {
    const findings = blockedAttempts.test(
      [],
      [
        attempt({ name: 'a' }),
        attempt({ name: 'b' }),
        attempt({ name: 'c' }),
        attempt({ domain: 'other.example', name: 'z' }),
      ],
      ctx,
    );
    expect(findings).toHaveLength(2);
    expect(findings.every((f) => f.severity === 'info' && f.ruleId === 'blocked-attempts')).toBe(true);
    expect(findings[0]?.message).toContain(
      'The browser refused 3 third-party cookies from tracker.example (third-party cookies are blocked): "a", "b", "c".',
    );
    expect(findings[0]?.fix).toContain('Partitioned');
  });

  it('lists at most five names and counts the rest; repeated names are listed once', () => {
    const list = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'a'].map((name) => attempt({ name }));
    const [f] = blockedAttempts.test([], list, ctx);
    expect(f?.message).toContain('refused 8 third-party cookies');
    expect(f?.message).toContain('"a", "b", "c", "d", "e" and 2 more');
  });

  it('separates reasons and handles first-party, empty reasons and hostile text', () => {
    const findings = blockedAttempts.test(
      [],
      [
        attempt({ party: 'first', domain: 'www.example.com', name: '__Host-x', reason: 'invalid prefix' }),
        attempt({ reason: '' }),
        attempt({ name: 'n\u0007', reason: 'bad\nreason' }),
      ],
      ctx,
    );
    expect(findings).toHaveLength(3);
    expect(findings[0]?.message).toContain('refused 1 cookie from www.example.com (invalid prefix)');
    expect(findings[0]?.fix).toContain('fix the Set-Cookie header');
    expect(findings[1]?.message).toContain('(no reason given)');
    expect(findings[2]?.message).toContain('(bad\\u000areason): "n\\u0007"');
  });

  it('returns nothing when nothing was blocked', () => {
    expect(blockedAttempts.test([], [], ctx)).toEqual([]);
  });
});
