import { byName } from '../audit-order';
import { humanDuration } from '../lifespan';
import { cookieHost } from '../party';
import { type AuditedCookie, CATEGORIES, type Category, type Cookie, type Party, type SiteAudit } from '../types';

export { byName };

/** Headings a cookie policy uses for each category. */
export const CATEGORY_LABELS: Record<Category, string> = {
  necessary: 'Strictly necessary',
  functional: 'Functional',
  preferences: 'Preferences',
  analytics: 'Analytics',
  marketing: 'Marketing',
  unknown: 'Not yet classified',
};

export const PARTY_LABELS: Record<Party, string> = { first: 'First party', third: 'Third party' };

/** Who sets the cookie, as a policy names it: the vendor when known, else the cookie's host. */
export function setBy(c: AuditedCookie): string {
  return c.classification.vendor ?? cookieHost(c.cookie.domain);
}

/** Remaining lifetime at the time of the audit: "session", "expired" or "13 months". */
export function lifespanText(c: AuditedCookie): string {
  if (c.remainingSeconds === null) return 'session';
  if (c.remainingSeconds <= 0) return 'expired';
  return humanDuration(c.remainingSeconds);
}

// ECMAScript dates end at ±8.64e15 ms (ECMA-262 §21.4.1.1); an imported file may hold anything.
const MAX_DATE_SECONDS = 8.64e12;

/** Expiry as ISO 8601, or "session". */
export function expiresText(cookie: Pick<Cookie, 'session' | 'expirationDate'>): string {
  const at = cookie.expirationDate;
  if (cookie.session || at === undefined) return 'session';
  if (!Number.isFinite(at) || Math.abs(at) > MAX_DATE_SECONDS) return String(at);
  return new Date(at * 1000).toISOString();
}

export function purposeText(c: AuditedCookie): string {
  return c.classification.purpose || 'Purpose not identified yet.';
}

/** The cookies of each non-empty category, in the catalogue's category order, each group sorted by name. */
export function cookiesByCategory(audit: SiteAudit): { category: Category; cookies: AuditedCookie[] }[] {
  return CATEGORIES.map((category) => ({
    category,
    cookies: audit.cookies.filter((c) => c.classification.category === category).sort(byName),
  })).filter((g) => g.cookies.length > 0);
}

/** "2025-03-01" from an ISO time, for filenames and headings. */
export function isoDate(iso: string): string {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : 'undated';
}
