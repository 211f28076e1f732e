import { describe, expect, it } from 'vitest';
import { auditSite } from '../../src/core/audit';
import { sortCookies, worstSeverity } from '../../src/core/audit-order';
import {
  FIRST_SCREEN_BUDGET,
  FIRST_SCREEN_PREFIX,
  FIRST_SCREEN_ROWS,
  firstScreenOf,
  fitFirstScreen,
  validFirstScreen,
  viewOfFirstScreen,
} from '../../src/core/first-screen-summary';
import type { TabView } from '../../src/core/messages';
import { storedBytes } from '../../src/core/stored-bytes';
import { CATEGORIES } from '../../src/core/types';
import { cookie } from './cookie-factory';

const NOW = Date.UTC(2025, 0, 15, 12);
const SECRET = 'q8Zr2LmX0vTn5KbY7pWc3HdA9sJf1Ge4';

function viewOf(cookies: ReturnType<typeof cookie>[], extra: Partial<TabView> = {}): TabView {
  const pageUrl = 'https://www.shop.test/cart';
  return {
    kind: 'ok',
    tabId: 4,
    url: pageUrl,
    title: 'Shop',
    incognito: false,
    audit: auditSite(cookies, { pageUrl, now: NOW }),
    ...extra,
  };
}

const jar = [
  cookie({ name: 'sessionid', value: SECRET, secure: false, domain: '.shop.test' }),
  cookie({ name: '_ga', value: SECRET, domain: '.shop.test', session: false, expirationDate: NOW / 1000 + 9e7 }),
  cookie({
    name: 'IDE',
    value: SECRET,
    domain: '.doubleclick.net',
    sameSite: 'no_restriction',
    partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
  }),
  cookie({ name: 'lang', value: SECRET, domain: 'www.shop.test', httpOnly: true }),
];

describe('the first-screen summary', () => {
  it('holds what the rows show and no value, finding text, purpose or reason', () => {
    const view = viewOf(jar);
    const s = firstScreenOf(view, NOW);
    expect(s).not.toBeNull();
    const text = JSON.stringify(s);
    expect(text).not.toContain(SECRET);
    for (const c of view.audit!.cookies) {
      for (const f of c.findings) expect(text).not.toContain(f.message);
      if (c.classification.purpose) expect(text).not.toContain(c.classification.purpose);
      if (c.classification.reason) expect(text).not.toContain(c.classification.reason);
    }
    expect(s!.summary).toEqual(view.audit!.summary);
    expect(s!.at).toBe(NOW);
    const ide = s!.rows.find((r) => r.cookie.name === 'IDE');
    expect(ide?.party).toBe('third');
    expect(ide?.cookie.sameSite).toBe('no_restriction');
    expect(ide?.cookie.partitionKey).toEqual({ topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true });
    expect(s!.rows.find((r) => r.cookie.name === 'lang')?.cookie.httpOnly).toBe(true);
  });

  it('reads back as a view whose rows look the same as the live ones, in the popup’s default order', () => {
    const view = viewOf(jar);
    const preview = viewOfFirstScreen(firstScreenOf(view, NOW)!);
    expect(preview.preview).toBe(true);
    expect(preview.rowsOnly).toBe(true);
    for (const category of CATEGORIES) {
      const live = sortCookies(
        view.audit!.cookies.filter((c) => c.classification.category === category),
        'severity',
      );
      const painted = sortCookies(
        preview.audit!.cookies.filter((c) => c.classification.category === category),
        'severity',
      );
      expect(painted.map((c) => c.id)).toEqual(live.map((c) => c.id));
      for (const [i, c] of painted.entries()) {
        const l = live[i]!;
        expect(worstSeverity(c)).toBe(worstSeverity(l));
        // The row shows no store and no host-only flag (the factory's cookies do not keep the latter consistent).
        expect({ ...c.cookie, value: l.cookie.value, storeId: l.cookie.storeId, hostOnly: l.cookie.hostOnly }).toEqual(
          l.cookie,
        );
        expect(c.classification.vendor).toBe(l.classification.vendor);
        expect(c.cookie.value).toBe('');
      }
    }
  });

  it('keeps the first 15 rows of each section, chosen as the popup sorts them, and the whole counts', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      cookie({ name: `pref_${String(i).padStart(2, '0')}`, domain: 'www.shop.test', secure: i % 3 !== 0 }),
    );
    const view = viewOf(many);
    const s = firstScreenOf(view, NOW)!;
    const perCategory = new Map<string, number>();
    for (const r of s.rows) perCategory.set(r.category, (perCategory.get(r.category) ?? 0) + 1);
    for (const n of perCategory.values()) expect(n).toBeLessThanOrEqual(FIRST_SCREEN_ROWS);
    expect(s.summary.total).toBe(40);
    for (const category of perCategory.keys()) {
      const live = sortCookies(
        view.audit!.cookies.filter((c) => c.classification.category === category),
        'severity',
      ).slice(0, FIRST_SCREEN_ROWS);
      expect(s.rows.filter((r) => r.category === category).map((r) => r.id)).toEqual(live.map((c) => c.id));
    }
  });

  it('is kept for no private tab and no page that is not a website', () => {
    expect(firstScreenOf(viewOf(jar, { incognito: true }), NOW)).toBeNull();
    expect(firstScreenOf({ kind: 'unsupported', tabId: 4, url: 'chrome://x', title: '', incognito: false }, NOW)).toBe(
      null,
    );
  });

  it('fits its byte budget whatever the names: hostile long ones are clipped, then rows dropped', () => {
    const huge = Array.from({ length: 90 }, (_, i) =>
      cookie({ name: `${'x'.repeat(3000)}${i}`, domain: `.${'d'.repeat(200)}.shop.test`, path: `/${'p'.repeat(900)}` }),
    );
    const key = `${FIRST_SCREEN_PREFIX}4`;
    const s = firstScreenOf(viewOf(huge), NOW)!;
    const fitted = fitFirstScreen(s, FIRST_SCREEN_BUDGET, key);
    expect(storedBytes(key, fitted)).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
    expect(fitted.rows.length).toBeGreaterThan(0);
    expect(fitted.rows.length).toBeLessThan(s.rows.length);
    for (const r of fitted.rows) expect(r.cookie.name.length).toBeLessThanOrEqual(200);
    // Still the first rows of each section, in order.
    expect(fitted.rows.map((r) => r.id)).toEqual(s.rows.slice(0, fitted.rows.length).map((r) => r.id));
    // A budget smaller than any row leaves the counts and no rows.
    expect(fitFirstScreen(s, 600, key).rows).toEqual([]);
  });

  it('accepts only a summary of its own version read back', () => {
    const s = firstScreenOf(viewOf(jar), NOW)!;
    expect(validFirstScreen(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(validFirstScreen({ ...s, v: 0 })).toBeNull();
    expect(validFirstScreen({ ...s, rows: 'x' })).toBeNull();
    expect(validFirstScreen(null)).toBeNull();
    expect(validFirstScreen('x')).toBeNull();
  });
});
