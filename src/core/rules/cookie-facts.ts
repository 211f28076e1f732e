import { isLocalhost } from '../cookie-match';
import { remainingSeconds, SECONDS } from '../lifespan';
import { cookieHost, hostOfUrl } from '../party';
import type { RuleCookie } from './described-rule';
import type { RuleContext } from './rule';

/** Small questions several rules ask about a cookie and its page. */

export function isTracker(c: RuleCookie): boolean {
  return c.classification.category === 'analytics' || c.classification.category === 'marketing';
}

/**
 * Seconds left before expiry, measured from the rule context's clock (not the audit's), null for session cookies.
 * The browser does not record when a cookie was set, so this is a lower bound on the lifetime the site asked for.
 */
export function secondsLeft(c: RuleCookie, ctx: RuleContext): number | null {
  return remainingSeconds(c.cookie, ctx.now);
}

export function daysLeft(seconds: number): number {
  return Math.round(seconds / SECONDS.DAY);
}

/** Loopback hosts never put a byte on the network; Chrome treats http://localhost as a secure context. */
export function isLoopbackHost(host: string): boolean {
  const h = cookieHost(host);
  return isLocalhost(h) || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** The page is served over plain http:// from a host that is not loopback (so bytes cross the network unencrypted). */
export function pageIsPlainHttp(ctx: RuleContext): boolean {
  if (!ctx.pageUrl.toLowerCase().startsWith('http:')) return false;
  const host = hostOfUrl(ctx.pageUrl);
  return host !== '' && !isLoopbackHost(host);
}

/** The cookie's host without the leading dot. */
export function hostOf(c: RuleCookie): string {
  return cookieHost(c.cookie.domain);
}
