import type { ConsentContext } from '../consent/context';
import type { Settings } from '../settings';
import type { AuditedCookie, BlockedAttempt, Cookie, Finding, Severity } from '../types';

/** What a cookie rule sees besides the cookie: the page it was met on and the classifier's verdict. */
export interface RuleContext {
  /** URL of the top-level page; may be '' when unknown (a CLI run without --page-url). */
  pageUrl: string;
  /** Registrable domain of the page ('' when unknown). */
  pageSite: string;
  /** ms since the epoch. */
  now: number;
  settings: Settings;
  /** The site's consent state and what the consent rules need; absent when the caller audits without it. */
  consent?: ConsentContext;
}

/** One warning rule over one audited cookie (its classification and party are already known). */
export interface CookieRule {
  id: string;
  severity: Severity;
  title: string;
  /** Returns the finding for this cookie, or null when the rule does not apply. */
  test(cookie: Omit<AuditedCookie, 'findings'>, ctx: RuleContext): Finding | null;
}

/** A rule over a whole site's cookies (e.g. too many on one domain, blocked attempts). */
export interface SiteRule {
  id: string;
  severity: Severity;
  title: string;
  test(
    cookies: readonly Omit<AuditedCookie, 'findings'>[],
    blocked: readonly BlockedAttempt[],
    ctx: RuleContext,
  ): Finding[];
}

export type { Cookie };
