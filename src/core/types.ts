import type { ConsentSummary } from './consent/summary';
import type { ConsentViolation } from './consent/violations';

/**
 * The shapes every part of Cookie Auditor agrees on. Pure data: no browser API here.
 * `Cookie` mirrors `chrome.cookies.Cookie` so a jar read from the browser, a Cookie-Editor
 * export or a parsed cookies.txt all flow through the same code.
 */

/** Chrome's names for the SameSite attribute; "unspecified" is treated as Lax by Chrome (RFC 6265bis §5.6.7). */
export type SameSite = 'no_restriction' | 'lax' | 'strict' | 'unspecified';

export interface PartitionKey {
  /** e.g. "https://example.com" — the top-level site a CHIPS cookie is keyed to. */
  topLevelSite?: string;
  hasCrossSiteAncestor?: boolean;
}

export interface Cookie {
  name: string;
  value: string;
  /** Leading dot for Domain cookies (".example.com"), bare host for host-only ones. */
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  session: boolean;
  /** Seconds since the epoch; absent for session cookies. */
  expirationDate?: number;
  storeId: string;
  partitionKey?: PartitionKey;
  /**
   * Firefox with first-party isolation (privacy.firstparty.isolate) keys every cookie to the site it was set under
   * ("example.com"); absent elsewhere. Two cookies may differ only in this.
   */
  firstPartyDomain?: string;
}

export const CATEGORIES = ['necessary', 'functional', 'preferences', 'analytics', 'marketing', 'unknown'] as const;
export type Category = (typeof CATEGORIES)[number];
export type KnownCategory = Exclude<Category, 'unknown'>;

export const PURPOSE_TAGS = [
  'authentication',
  'session',
  'csrf',
  'security',
  'bot-management',
  'fraud-prevention',
  'consent',
  'load-balancing',
  'cdn',
  'support-chat',
  'payments',
  'cart',
  'ads',
  'retargeting',
  'attribution',
  'cross-site-tracking',
  'analytics',
  'session-replay',
  'heatmaps',
  'ab-testing',
  'feature-flags',
  'personalization',
  'localization',
  'ui-state',
  'device-id',
  'identity',
  'performance',
  'social',
  'video',
  'marketing-automation',
  'testing',
] as const;
export type PurposeTag = (typeof PURPOSE_TAGS)[number];

/** Seconds, or 'session' for a cookie that ends with the browsing session. */
export type Lifespan = number | 'session';

export type ClassificationSource = 'override' | 'catalogue' | 'model' | 'domain' | 'heuristic' | 'none';

export interface Classification {
  category: Category;
  vendor?: string;
  /** One line in plain words: what the cookie is for. */
  purpose: string;
  tags: PurposeTag[];
  expectedLifespan?: Lifespan;
  /** 0..1: how sure the classifier is. Catalogue exact matches are near 1, guesses below 0.6. */
  confidence: number;
  /** Why, in words: "exact catalogue match: Meta Pixel", "name contains 'csrf'". */
  reason: string;
  source: ClassificationSource;
  /** A reference URL for the vendor's own documentation, when the catalogue has one. */
  ref?: string;
  /** The learned fallback was below its confidence line: shown as "best guess", not as fact. */
  bestGuess?: boolean;
  /** With source 'override': the category the classifier itself gave, which the user's correction replaced. */
  classifierCategory?: Category;
}

export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Reference {
  title: string;
  url: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Short label, e.g. "Readable by page scripts". */
  title: string;
  /** Plain-words explanation for this cookie. */
  message: string;
  /** What a site owner should do, usually the Set-Cookie line to send. */
  fix: string;
  reference: Reference;
}

export type Party = 'first' | 'third';

/**
 * How the extension learned a cookie belongs to the tab. 'partitioned': keyed to the tab's top-level site because
 * the server asked (CHIPS, `Set-Cookie: …; Partitioned`); 'partitioned-by-browser': keyed to it by the browser on
 * its own (Firefox's Total Cookie Protection), see core/partition-origin.ts.
 */
export const OBSERVATIONS = ['jar', 'request', 'response', 'script', 'partitioned', 'partitioned-by-browser'] as const;
export type Observation = (typeof OBSERVATIONS)[number];

export interface AuditedCookie {
  /** Stable key: name|domain|path|partition. */
  id: string;
  cookie: Cookie;
  party: Party;
  classification: Classification;
  findings: Finding[];
  /** Remaining seconds until expiry from `generatedAt`, null for session cookies, <= 0 if already expired. */
  remainingSeconds: number | null;
  observedVia: Observation[];
}

/** A Set-Cookie the browser received but never stored (third-party cookies blocked, invalid prefix...). */
export interface BlockedAttempt {
  name: string;
  domain: string;
  /** The response URL that carried the Set-Cookie header. */
  url: string;
  /** Raw attributes as sent, without the value. */
  attributes: string;
  reason: string;
  party: Party;
  /** ms since the epoch. */
  at: number;
}

export interface AuditSummary {
  total: number;
  firstParty: number;
  thirdParty: number;
  blocked: number;
  byCategory: Record<Category, number>;
  bySeverity: Record<Severity, number>;
  highestSeverity: Severity | null;
  findings: number;
}

/**
 * The consent state of the site: records found (decoded or named as not understood), the visitor's answer per
 * category, when and by which platform, GPC, banner scripts seen, and notes on what could not be judged.
 */
export interface SiteConsent extends ConsentSummary {
  /** Plain-words notes for the reader, e.g. why a rule was skipped and whose classification decides a category. */
  notes: string[];
  /** Findings of the consent rules about the visitor's choice (record problems left out), one per cookie and rule. */
  violations: ConsentViolation[];
}

/** The one object the popup, the badge and the reports read. */
export interface SiteAudit {
  pageUrl: string;
  /** Registrable domain of the page (eTLD+1), or the host for IPs/localhost. */
  site: string;
  /** ISO 8601. */
  generatedAt: string;
  catalogueVersion: string;
  cookies: AuditedCookie[];
  blocked: BlockedAttempt[];
  /** Findings that belong to the site rather than to one cookie (e.g. too many cookies on a domain). */
  siteFindings: Finding[];
  summary: AuditSummary;
  /** Present when the audit ran the consent rules (always, from auditSite). */
  consent?: SiteConsent;
}
