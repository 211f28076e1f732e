import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COOKIE_RULES, getRuleCatalogue, SITE_RULES } from '../../../src/core/rules/index';
import { SEVERITIES } from '../../../src/core/types';

describe('rule registry', () => {
  const catalogue = getRuleCatalogue();

  it('registers every rule once, with a kebab-case id', () => {
    const ids = [...COOKIE_RULES, ...SITE_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(ids).toEqual(
      expect.arrayContaining([
        'long-lived',
        'samesite-none-tracker',
        'session-not-httponly',
        'session-not-secure',
        'session-samesite-none',
        'session-long-lived',
        'session-broad-domain',
        'session-no-host-prefix',
        'session-jwt-alg-none',
        'session-jwt-expiry',
        'insecure-third-party',
        'oversized',
        'too-many-cookies',
        'prefix-misuse',
        'blocked-attempts',
      ]),
    );
  });

  it('has one source file and one test file per rule, named for its id', () => {
    for (const { id } of catalogue) {
      expect(existsSync(fileURLToPath(new URL(`../../../src/core/rules/${id}.ts`, import.meta.url))), id).toBe(true);
      expect(existsSync(fileURLToPath(new URL(`./${id}.test.ts`, import.meta.url))), id).toBe(true);
    }
  });

  it('describes every rule for the UI: severity, title, summary and an https reference', () => {
    expect(catalogue).toHaveLength(COOKIE_RULES.length + SITE_RULES.length);
    for (const rule of catalogue) {
      expect(SEVERITIES).toContain(rule.severity);
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(rule.reference.url).toMatch(/^https:\/\//);
      expect(rule.reference.title.length).toBeGreaterThan(3);
    }
    expect(catalogue.find((r) => r.id === 'too-many-cookies')?.scope).toBe('site');
    expect(catalogue.find((r) => r.id === 'oversized')?.scope).toBe('cookie');
  });
});
