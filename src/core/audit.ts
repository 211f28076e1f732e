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
import { CONSENT_RULE_IDS, COOKIE_RULES, SITE_RULES } from './rules/index';
import type { CookieRule, RuleContext, SiteRule } from './rules/rule';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import {
  type AuditedCookie,
  type AuditSummary,
  type BlockedAttempt,
  CATEGORIES,
  type Category,
  type Classification,
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
  /** Per-cookie results from earlier audits, reused when nothing they depend on changed (see auditMemoKey). */
  memo?: AuditMemo;
  /**
   * Compute a cookie's findings each time they are read instead of storing them. A finding's message and fix are
   * about 1 KB, so 100,000 cookies with 8 findings each hold ~800 MB; the CLI streams its reports one cookie at a
   * time and reads each cookie's findings once, so memory stays flat at the cost of running the rules twice.
   */
  lazyFindings?: boolean;
  /**
   * What the consent rules need beyond the cookies (see ConsentInputs): per-cookie first-seen/last-written times
   * from the per-site history, the cookies the tab's requests carried, the scripts it loaded, the browser's GPC.
   * Consent records are always read from the cookies; without these inputs the time-based rules say less.
   */
  consent?: ConsentInputs;
}

export interface AuditMemoEntry {
  classification: Classification;
  /** Findings of every rule but the consent rules (those read the whole site's consent state: never memoised). */
  findings: Finding[];
}

/** Where auditSite keeps and finds per-cookie results; the caller owns it and decides how long entries live. */
export interface AuditMemo {
  get(key: string): AuditMemoEntry | undefined;
  set(key: string, entry: AuditMemoEntry): void;
}

/**
 * Everything a cookie's classification and findings depend on, except the clock: the cookie with all its attributes
 * and value, its party and how it was seen, the page's scheme and host (rules read no more of the URL), the settings.
 * Results that mention time (remaining lifetime, JWT expiry) are as old as the memo entry: its owner bounds the age.
 */
export function auditMemoKey(
  cookie: Cookie,
  party: string,
  observedVia: readonly Observation[],
  page: string,
  settings: string,
): string {
  return `${page}\n${settings}\n${party}\n${observedVia.join(',')}\n${JSON.stringify(cookie)}`;
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

  const memo = options.memo;
  const page = memo ? `${/^[a-z]+:/i.exec(options.pageUrl)?.[0] ?? ''}//${pageHost}` : '';
  // The user's corrections change classifications: they are part of what a memo entry depends on.
  const settingsKey = memo ? JSON.stringify([ctx.settings, options.overrides?.list() ?? []]) : '';
  const memoKeys: string[] = [];
  const memoHits: (AuditMemoEntry | undefined)[] = [];

  const base = cookies.map((cookie, i) => {
    const id = cookieKey(cookie);
    const party = pageSite ? partyOf(cookie, pageSite) : ('first' as const);
    const observedVia = [...(options.observations?.get(id) ?? ['jar' as const])];
    if (memo) {
      memoKeys[i] = auditMemoKey(cookie, party, observedVia, page, settingsKey);
      memoHits[i] = memo.get(memoKeys[i]);
    }
    return {
      id,
      cookie,
      party,
      classification:
        memoHits[i]?.classification ??
        classify(cookie, {
          pageSite,
          ...(options.overrides ? { overrides: options.overrides } : {}),
          // One-shot audits (lazyFindings: the CLI) meet each cookie once: nothing to remember.
          ...(options.lazyFindings ? { remember: false } : {}),
        }),
      remainingSeconds: remainingSeconds(cookie, now),
      observedVia,
    };
  });

  // The consent rules read the whole site's consent state and history times, so they run every time; the memo keeps
  // the findings of the other rules, which depend only on what auditMemoKey covers.
  const consentRules = cookieRules.filter((r) => CONSENT_RULE_IDS.has(r.id));
  const otherRules = cookieRules.filter((r) => !CONSENT_RULE_IDS.has(r.id));
  const findingsOf = (c: (typeof base)[number], i: number): Finding[] => {
    const findings: Finding[] = [];
    for (const rule of consentRules) {
      const f = rule.test(c, ctx);
      if (f) findings.push(f);
    }
    let others = memoHits[i]?.findings;
    if (!others) {
      others = [];
      for (const rule of otherRules) {
        const f = rule.test(c, ctx);
        if (f) others.push(f);
      }
      const key = memoKeys[i];
      if (memo && key !== undefined) memo.set(key, { classification: c.classification, findings: others });
    }
    for (const f of others) findings.push(f);
    return findings.sort((a, b) => compareSeverity(a.severity, b.severity));
  };
  // lazyFindings (the CLI's large reports): findings are computed as a report streams them, not all held at once.
  // The getter is written in the literal: V8 then keeps one shape for every cookie. Object.defineProperty of a getter
  // on each object sent all 100,000 of them to dictionary mode (450 bytes each, 45 MB of the large-input bench).
  const audited: AuditedCookie[] = base.map((c, i) =>
    options.lazyFindings
      ? {
          ...c,
          get findings(): Finding[] {
            // `this`, not `c`: the closure keeps only the index, and the base object can go.
            return findingsOf(this, i);
          },
        }
      : { ...c, findings: findingsOf(c, i) },
  );

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
