import { clip, utf8Length } from '../clip';
import { cookieKey } from '../cookie-key';
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
import { type Chunks, joinChunks } from './chunks';
import { type ConsentReportV1, consentReport } from './consent-json';
import { expiresText, lifespanText } from './cookie-facts';
import { exportSite } from './export-site';
import { exportUrl } from './export-url';
import { jsonObject, type StreamedArray, streamed } from './json-stream';
import { MAX_DOMAIN_CHARS, MAX_NAME_CHARS, MAX_PATH_CHARS, MAX_VALUE_CHARS } from './limits';
import { type MultiSiteReportOptions, type ReportOptions, valuesNote } from './options';

/**
 * The JSON report, version 1. Its schema is `schema/site-report-v1.schema.json`; any change that removes or
 * retypes a field bumps `schemaVersion`, adding an optional field does not.
 */
export const SCHEMA_VERSION = 1;
/**
 * Minor versions add optional fields or values only: 1.1 added `consent`; 1.2 the observedVia value
 * 'partitioned-by-browser' (Firefox's Total Cookie Protection, told apart from CHIPS's 'partitioned').
 */
export const SCHEMA_MINOR_VERSION = 2;

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

/** The fields of a site report before its cookies, in the schema's order (kept apart so cookies can stream). */
function siteHead(audit: SiteAudit, options: ReportOptions) {
  const includeValues = options.includeValues === true;
  return {
    schemaVersion: SCHEMA_VERSION as typeof SCHEMA_VERSION,
    schemaMinorVersion: SCHEMA_MINOR_VERSION as typeof SCHEMA_MINOR_VERSION,
    kind: 'site' as const,
    site: exportSite(audit.site),
    pageUrl: exportUrl(audit.pageUrl, includeValues),
    generatedAt: audit.generatedAt,
    extensionVersion: options.extensionVersion,
    catalogueVersion: audit.catalogueVersion,
    valuesIncluded: includeValues,
    note: valuesNote(includeValues),
    summary: audit.summary,
  };
}

function blockedReport(b: BlockedAttempt, includeValues: boolean): BlockedReportV1 {
  return {
    ...b,
    name: clip(b.name, { chars: MAX_NAME_CHARS }),
    domain: clip(b.domain, { chars: MAX_DOMAIN_CHARS }),
    url: exportUrl(b.url, includeValues),
    at: isoTime(b.at),
  };
}

/** One site's report as an object (small audits; the file builders below stream instead). */
export function siteReport(audit: SiteAudit, options: ReportOptions): SiteReportV1 {
  const includeValues = options.includeValues === true;
  return {
    ...siteHead(audit, options),
    cookies: audit.cookies.map((c) => cookieReport(c, includeValues)),
    blocked: audit.blocked.map((b) => blockedReport(b, includeValues)),
    siteFindings: audit.siteFindings,
    consent: consentReport(audit),
  };
}

function allSitesHead(audits: readonly SiteAudit[], options: MultiSiteReportOptions) {
  const includeValues = options.includeValues === true;
  return {
    schemaVersion: SCHEMA_VERSION as typeof SCHEMA_VERSION,
    schemaMinorVersion: SCHEMA_MINOR_VERSION as typeof SCHEMA_MINOR_VERSION,
    kind: 'all-sites' as const,
    generatedAt: options.generatedAt ?? latestGeneratedAt(audits),
    extensionVersion: options.extensionVersion,
    valuesIncluded: includeValues,
    note: valuesNote(includeValues),
  };
}

export function allSitesReport(audits: readonly SiteAudit[], options: MultiSiteReportOptions): AllSitesReportV1 {
  return { ...allSitesHead(audits, options), sites: audits.map((a) => siteReport(a, options)) };
}

/**
 * A site's report as JSON.stringify(report, null, 2) would write it, one cookie at a time: the text is the same,
 * but no string ever holds more than one cookie, so 100,000 cookies stream in flat memory.
 */
function siteChunks(audit: SiteAudit, options: ReportOptions, indent: string): Chunks {
  const includeValues = options.includeValues === true;
  return jsonObject(
    [
      ...Object.entries(siteHead(audit, options)),
      ['cookies', streamed(audit.cookies, (c) => cookieReport(c, includeValues))],
      ['blocked', streamed(audit.blocked, (b) => blockedReport(b, includeValues))],
      ['siteFindings', audit.siteFindings],
      ['consent', consentReport(audit)],
    ],
    indent,
  );
}

export function* jsonChunks(audit: SiteAudit, options: ReportOptions): Chunks {
  yield* siteChunks(audit, options, '');
  yield '\n';
}

export function* allSitesJsonChunks(audits: readonly SiteAudit[], options: MultiSiteReportOptions): Chunks {
  const sites: StreamedArray = {
    kind: 'streamed',
    items: function* () {
      for (const a of audits) yield (indent: string) => siteChunks(a, options, indent);
    },
    empty: audits.length === 0,
  };
  yield* jsonObject([...Object.entries(allSitesHead(audits, options)), ['sites', sites]], '');
  yield '\n';
}

export function buildJson(audit: SiteAudit, options: ReportOptions): string {
  return joinChunks(jsonChunks(audit, options));
}

export function buildAllSitesJson(audits: readonly SiteAudit[], options: MultiSiteReportOptions): string {
  return joinChunks(allSitesJsonChunks(audits, options));
}

function cookieReport(c: AuditedCookie, includeValues: boolean): CookieReportV1 {
  const { cookie, classification: k } = c;
  const name = clip(cookie.name, { chars: MAX_NAME_CHARS });
  const domain = clip(cookie.domain, { chars: MAX_DOMAIN_CHARS });
  const path = clip(cookie.path, { chars: MAX_PATH_CHARS });
  const clipped = name !== cookie.name || domain !== cookie.domain || path !== cookie.path;
  const report: CookieReportV1 = {
    // The id holds name, domain and path too: rebuilt from the clipped ones when a field was cut, or a 1 MB name
    // would come back whole in it. Only a cookie no browser would store (RFC 6265bis §5.6 sizes) is ever cut.
    id: clipped ? cookieKey({ ...cookie, name, domain, path }) : c.id,
    name,
    domain,
    hostOnly: cookie.hostOnly,
    path,
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
