import type { CookieRule, SiteRule } from './rule';

/** Every cookie rule, in the order their findings are listed. */
export const COOKIE_RULES: readonly CookieRule[] = [];

/** Every site-level rule. */
export const SITE_RULES: readonly SiteRule[] = [];
