import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify';
import type { Category, Cookie } from '../../src/core/types';

interface Row {
  name: string;
  domain: string;
  declared: Category;
  vendor?: string;
}

const inventory = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/claude-ai-inventory.json'), 'utf8'),
) as { site: string; cookies: Row[] };

/**
 * Where we deliberately differ from claude.ai's declaration, and why. LinkedIn's cookie table files the Insight
 * Tag's cookies (li_giant, the Oribi cookies it absorbed) under advertising: they measure ad conversions. Sites in
 * the consent crawl declared LinkedIn's cookies marketing 27 times out of 27; claude.ai files them as analytics.
 */
const DELIBERATE: Record<string, Category> = {
  li_giant: 'marketing',
  oribi_cookie_test: 'marketing',
  oribili_user_guid: 'marketing',
};

function cookie(row: Row): Cookie {
  return {
    name: row.name,
    value: '',
    domain: row.domain,
    hostOnly: !row.domain.startsWith('.'),
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    session: false,
    expirationDate: Date.now() / 1000 + 180 * 86_400,
    storeId: '0',
  };
}

describe('seed inventory: the claude.ai cookie table', () => {
  it.each(inventory.cookies.map((r) => [r.name, r] as const))('%s is classified as claude.ai declares it', (_, row) => {
    const r = classify(cookie(row), { pageSite: inventory.site });
    const expected = DELIBERATE[row.name] ?? row.declared;
    expect(r.category).toBe(expected);
    expect(r.source).toBe('catalogue');
    if (row.vendor) expect(r.vendor).toBe(row.vendor);
  });

  it('differs from the declaration only where the list above says why', () => {
    const differing = inventory.cookies
      .filter((row) => classify(cookie(row), { pageSite: inventory.site }).category !== row.declared)
      .map((row) => row.name);
    expect(differing).toEqual(Object.keys(DELIBERATE));
  });
});
