import { compareSeverity } from './audit-order';
import { CATALOGUE_VERSION, classify } from './classify';
import type { ConsentInputs } from './consent/inputs';
import { consentNotes } from './consent/notes';
import { summariseConsent } from './consent/summary';
import { consentViolations } from './consent/violations';
import { cookieKey } from './cookie-key';
import { remainingSeconds } from './lifespan';
import type { OverrideSet } from './overrides/overrides';
import { hostOfUrl, partyOf, siteOf } from './party';
import { COOKIE_RULES, SITE_RULES } from './rules/index';
import type { CookieRule, RuleContext, SiteRule } from './rules/rule';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import {
  type AuditedCookie,
  type AuditSummary,
  type BlockedAttempt,
  CATEGORIES,
  type Category,
  type Cookie,
  type Finding,
  type Observation,
  SEVERITIES,
  type Severity,
  type SiteAudit,
} from './types';

export interface AuditOptions {
  pageUrl: string;
  /** ms since the epoch; defaults to Date.now(). */
  now?: number;
  settings?: Settings;
  blocked?: readonly BlockedAttempt[];
  /** How each cookie (by cookieKey) was seen in the tab; 'jar' when absent. */
  observations?: ReadonlyMap<string, readonly Observation[]>;
  cookieRules?: readonly CookieRule[];
  /** The user's category corrections, applied before the catalogue. */
  overrides?: OverrideSet;
  siteRules?: readonly SiteRule[];
  /**
   * What the consent rules need beyond the cookies (see ConsentInputs): per-cookie first-seen/last-written times
   * from the per-site history, the cookies the tab's requests carried, the scripts it loaded, the browser's GPC.
   * Consent records are always read from the cookies; without these inputs the time-based rules say less.
   */
  consent?: ConsentInputs;
}

export { compareSeverity };

/** A site's cookies → classified, with findings, grouped counts: the one object the UI and reports read. */
export function auditSite(cookies: readonly Cookie[], options: AuditOptions): SiteAudit {
  const now = options.now ?? Date.now();
  const pageHost = hostOfUrl(options.pageUrl);
  const pageSite = pageHost ? siteOf(pageHost) : '';
  const consentInputs = options.consent ?? {};
  const consentSummary = summariseConsent(cookies, consentInputs);
  const ctx: RuleContext = {
    pageUrl: options.pageUrl,
    pageSite,
    now,
    settings: options.settings ?? DEFAULT_SETTINGS,
    consent: { summary: consentSummary, inputs: consentInputs },
  };
  const cookieRules = options.cookieRules ?? COOKIE_RULES;
  const siteRules = options.siteRules ?? SITE_RULES;
  const blocked = options.blocked ?? [];

  const base = cookies.map((cookie) => {
    const id = cookieKey(cookie);
    return {
      id,
      cookie,
      party: pageSite ? partyOf(cookie, pageSite) : ('first' as const),
      classification: classify(cookie, options.overrides ? { pageSite, overrides: options.overrides } : { pageSite }),
      remainingSeconds: remainingSeconds(cookie, now),
      observedVia: [...(options.observations?.get(id) ?? ['jar' as const])],
    };
  });

  const audited: AuditedCookie[] = base.map((c) => {
    const findings: Finding[] = [];
    for (const rule of cookieRules) {
      const f = rule.test(c, ctx);
      if (f) findings.push(f);
    }
    findings.sort((a, b) => compareSeverity(a.severity, b.severity));
    return { ...c, findings };
  });

  const siteFindings = siteRules.flatMap((rule) => rule.test(base, blocked, ctx));

  return {
    pageUrl: options.pageUrl,
    site: pageSite,
    generatedAt: new Date(now).toISOString(),
    catalogueVersion: CATALOGUE_VERSION,
    cookies: audited,
    blocked: [...blocked],
    siteFindings,
    summary: summarise(audited, blocked, siteFindings),
    consent: {
      ...consentSummary,
      notes: consentNotes(consentSummary, consentInputs),
      violations: consentViolations(audited, consentSummary, consentInputs),
    },
  };
}

export function summarise(
  cookies: readonly AuditedCookie[],
  blocked: readonly BlockedAttempt[],
  siteFindings: readonly Finding[],
): AuditSummary {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let firstParty = 0;
  for (const c of cookies) {
    byCategory[c.classification.category] += 1;
    if (c.party === 'first') firstParty += 1;
    for (const f of c.findings) bySeverity[f.severity] += 1;
  }
  for (const f of siteFindings) bySeverity[f.severity] += 1;
  const highestSeverity = SEVERITIES.find((s) => bySeverity[s] > 0) ?? null;
  const findings = SEVERITIES.reduce((n, s) => n + bySeverity[s], 0);
  return {
    total: cookies.length,
    firstParty,
    thirdParty: cookies.length - firstParty,
    blocked: blocked.length,
    byCategory,
    bySeverity,
    highestSeverity,
    findings,
  };
}
