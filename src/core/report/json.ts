import type {
  AuditedCookie,
  AuditSummary,
  BlockedAttempt,
  Category,
  ClassificationSource,
  Finding,
  Lifespan,
  Observation,
  Party,
  PurposeTag,
  SameSite,
  SiteAudit,
} from '../types';
import { type ConsentReportV1, consentReport } from './consent-json';
import { expiresText, lifespanText } from './cookie-facts';
import { clip, utf8Length } from './escape';
import { MAX_VALUE_CHARS } from './limits';
import { type MultiSiteReportOptions, type ReportOptions, valuesNote } from './options';

/**
 * The JSON report, version 1. Its schema is `schema/site-report-v1.schema.json`; any change that removes or
 * retypes a field bumps `schemaVersion`, adding an optional field does not.
 */
export const SCHEMA_VERSION = 1;
/** Minor versions add optional fields only: 1.1 added `consent`. */
export const SCHEMA_MINOR_VERSION = 1;

export interface CookieReportV1 {
  id: string;
  name: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  session: boolean;
  /** Seconds since the epoch, null for a session cookie. */
  expirationDate: number | null;
  /** ISO 8601, or "session". */
  expires: string;
  /** Remaining lifetime in words at `generatedAt`: "session", "expired", "13 months". */
  lifespan: string;
  remainingSeconds: number | null;
  storeId: string;
  partitioned: boolean;
  partitionTopLevelSite: string | null;
  /** UTF-8 bytes of the full value. */
  valueLength: number;
  /** Present only when values are included; capped at MAX_VALUE_CHARS characters. */
  value?: string;
  valueTruncated?: boolean;
  party: Party;
  observedVia: Observation[];
  classification: {
    category: Category;
    vendor: string | null;
    purpose: string;
    tags: PurposeTag[];
    expectedLifespan: Lifespan | null;
    confidence: number;
    reason: string;
    source: ClassificationSource;
    ref: string | null;
  };
  findings: Finding[];
}

export interface BlockedReportV1 extends Omit<BlockedAttempt, 'at'> {
  /** ISO 8601. */
  at: string;
}

export interface SiteReportV1 {
  schemaVersion: typeof SCHEMA_VERSION;
  schemaMinorVersion: typeof SCHEMA_MINOR_VERSION;
  kind: 'site';
  site: string;
  pageUrl: string;
  generatedAt: string;
  extensionVersion: string;
  catalogueVersion: string;
  valuesIncluded: boolean;
  note: string;
  summary: AuditSummary;
  cookies: CookieReportV1[];
  blocked: BlockedReportV1[];
  siteFindings: Finding[];
  /** The consent audit (schema 1.1); null when the audit did not run it. */
  consent: ConsentReportV1 | null;
}

export interface AllSitesReportV1 {
  schemaVersion: typeof SCHEMA_VERSION;
  schemaMinorVersion: typeof SCHEMA_MINOR_VERSION;
  kind: 'all-sites';
  generatedAt: string;
  extensionVersion: string;
  valuesIncluded: boolean;
  note: string;
  sites: SiteReportV1[];
}

export function siteReport(audit: SiteAudit, options: ReportOptions): SiteReportV1 {
  const includeValues = options.includeValues === true;
  return {
    schemaVersion: SCHEMA_VERSION,
    schemaMinorVersion: SCHEMA_MINOR_VERSION,
    kind: 'site',
    site: audit.site,
    pageUrl: audit.pageUrl,
    generatedAt: audit.generatedAt,
    extensionVersion: options.extensionVersion,
    catalogueVersion: audit.catalogueVersion,
    valuesIncluded: includeValues,
    note: valuesNote(includeValues),
    summary: audit.summary,
    cookies: audit.cookies.map((c) => cookieReport(c, includeValues)),
    blocked: audit.blocked.map((b) => ({ ...b, at: isoTime(b.at) })),
    siteFindings: audit.siteFindings,
    consent: consentReport(audit),
  };
}

export function allSitesReport(audits: readonly SiteAudit[], options: MultiSiteReportOptions): AllSitesReportV1 {
  const includeValues = options.includeValues === true;
  return {
    schemaVersion: SCHEMA_VERSION,
    schemaMinorVersion: SCHEMA_MINOR_VERSION,
    kind: 'all-sites',
    generatedAt: options.generatedAt ?? latestGeneratedAt(audits),
    extensionVersion: options.extensionVersion,
    valuesIncluded: includeValues,
    note: valuesNote(includeValues),
    sites: audits.map((a) => siteReport(a, options)),
  };
}

export function buildJson(audit: SiteAudit, options: ReportOptions): string {
  return `${JSON.stringify(siteReport(audit, options), null, 2)}\n`;
}

export function buildAllSitesJson(audits: readonly SiteAudit[], options: MultiSiteReportOptions): string {
  return `${JSON.stringify(allSitesReport(audits, options), null, 2)}\n`;
}

function cookieReport(c: AuditedCookie, includeValues: boolean): CookieReportV1 {
  const { cookie, classification: k } = c;
  const report: CookieReportV1 = {
    id: c.id,
    name: cookie.name,
    domain: cookie.domain,
    hostOnly: cookie.hostOnly,
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    session: cookie.session,
    expirationDate: cookie.session ? null : finiteOrNull(cookie.expirationDate),
    expires: expiresText(cookie),
    lifespan: lifespanText(c),
    remainingSeconds: c.remainingSeconds === null ? null : finiteOrNull(c.remainingSeconds),
    storeId: cookie.storeId,
    partitioned: cookie.partitionKey !== undefined,
    partitionTopLevelSite: cookie.partitionKey?.topLevelSite ?? null,
    valueLength: utf8Length(cookie.value),
    party: c.party,
    observedVia: c.observedVia,
    classification: {
      category: k.category,
      vendor: k.vendor ?? null,
      purpose: k.purpose,
      tags: k.tags,
      expectedLifespan: k.expectedLifespan ?? null,
      confidence: k.confidence,
      reason: k.reason,
      source: k.source,
      ref: k.ref ?? null,
    },
    findings: c.findings,
  };
  if (includeValues) {
    const value = clip(cookie.value, { chars: MAX_VALUE_CHARS });
    report.value = value;
    report.valueTruncated = value !== cookie.value;
  }
  return report;
}

// JSON has no Infinity or NaN: JSON.stringify would write null anyway, say so in the type.
function finiteOrNull(n: number | undefined): number | null {
  return n !== undefined && Number.isFinite(n) ? n : null;
}

function isoTime(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
}

/** The most recent of the sites' audit times (now, for no sites): when an all-sites export was made. */
export function latestGeneratedAt(audits: readonly SiteAudit[]): string {
  let latest = '';
  for (const a of audits) if (a.generatedAt > latest) latest = a.generatedAt;
  return latest || new Date().toISOString();
}
