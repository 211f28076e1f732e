import { humanDuration } from '../lifespan';
import { CATEGORIES, type Category, SEVERITIES, type Severity } from '../types';

/**
 * The parts of a JSON report (schema/site-report-v1) the diff reads. Reports come from files a person names, from
 * this extension, the CLI or an edited copy: `readReport` checks each field before anything uses it.
 */
export interface DiffCookie {
  name: string;
  domain: string;
  path: string;
  partition: string | null;
  category: Category;
  vendor: string | null;
  party: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string;
  hostOnly: boolean;
  /** Remaining seconds at the report's time, null for a session cookie. */
  remainingSeconds: number | null;
  findings: { ruleId: string; severity: Severity; title: string }[];
}

export interface DiffSite {
  site: string;
  generatedAt: string;
  cookies: DiffCookie[];
  siteFindings: { ruleId: string; severity: Severity; title: string; message: string }[];
}

export interface CookieRef {
  name: string;
  domain: string;
  path: string;
  partition: string | null;
  category: Category;
}

export interface AttributeDiff {
  field: 'category' | 'vendor' | 'party' | 'secure' | 'httpOnly' | 'sameSite' | 'hostOnly' | 'lifespan';
  from: string | boolean | null;
  to: string | boolean | null;
}

export interface NewFinding {
  /** The cookie it is about; absent for a finding about the whole site. */
  cookie?: CookieRef;
  ruleId: string;
  severity: Severity;
  title: string;
}

export interface SiteDiff {
  site: string;
  /** 'new': only in the new report; 'gone': only in the old one; 'both': compared cookie by cookie. */
  status: 'new' | 'gone' | 'both';
  newCookies: CookieRef[];
  goneCookies: CookieRef[];
  changed: (CookieRef & { changes: AttributeDiff[] })[];
  newFindings: NewFinding[];
}

export interface ReportDiff {
  sites: SiteDiff[];
  /** Something new appeared: a site, a cookie or a finding (the CLI's exit code 1). */
  hasNew: boolean;
  counts: {
    newSites: number;
    goneSites: number;
    newCookies: number;
    goneCookies: number;
    changed: number;
    newFindings: number;
  };
}

/** A report that cannot be read: the message names the field at fault. */
export class ReportShapeError extends Error {
  override name = 'ReportShapeError';
}

/** The sites of a parsed JSON report, one site ("kind": "site") or many ("kind": "all-sites"). */
export function readReport(json: unknown): DiffSite[] {
  const r = record(json, 'the report');
  if (r.kind === 'site') return [readSite(r, 'the report')];
  if (r.kind === 'all-sites') {
    if (!Array.isArray(r.sites)) throw new ReportShapeError('"sites" is not a list');
    return r.sites.map((s, i) => readSite(record(s, `sites[${i}]`), `sites[${i}]`));
  }
  throw new ReportShapeError('not a Cookie Auditor JSON report ("kind" is neither "site" nor "all-sites")');
}

function readSite(r: Record<string, unknown>, at: string): DiffSite {
  if (!Array.isArray(r.cookies)) throw new ReportShapeError(`${at}: "cookies" is not a list`);
  const siteFindings = Array.isArray(r.siteFindings) ? r.siteFindings : [];
  return {
    site: str(r.site, `${at}.site`),
    generatedAt: typeof r.generatedAt === 'string' ? r.generatedAt : '',
    cookies: r.cookies.map((c, i) => readCookie(record(c, `${at}.cookies[${i}]`), `${at}.cookies[${i}]`)),
    siteFindings: siteFindings.map((f, i) => {
      const where = `${at}.siteFindings[${i}]`;
      const x = record(f, where);
      return { ...finding(x, where), message: typeof x.message === 'string' ? x.message : '' };
    }),
  };
}

function readCookie(c: Record<string, unknown>, at: string): DiffCookie {
  const k = record(c.classification, `${at}.classification`);
  const category = str(k.category, `${at}.classification.category`);
  if (!(CATEGORIES as readonly string[]).includes(category)) {
    throw new ReportShapeError(`${at}.classification.category: unknown category`);
  }
  const remaining = c.remainingSeconds;
  const findings = Array.isArray(c.findings) ? c.findings : [];
  return {
    name: str(c.name, `${at}.name`),
    domain: str(c.domain, `${at}.domain`),
    path: typeof c.path === 'string' ? c.path : '/',
    partition: typeof c.partitionTopLevelSite === 'string' ? c.partitionTopLevelSite : null,
    category: category as Category,
    vendor: typeof k.vendor === 'string' ? k.vendor : null,
    party: typeof c.party === 'string' ? c.party : '',
    secure: c.secure === true,
    httpOnly: c.httpOnly === true,
    sameSite: typeof c.sameSite === 'string' ? c.sameSite : 'unspecified',
    hostOnly: c.hostOnly === true,
    remainingSeconds: typeof remaining === 'number' && Number.isFinite(remaining) ? remaining : null,
    findings: findings.map((f, i) => finding(record(f, `${at}.findings[${i}]`), `${at}.findings[${i}]`)),
  };
}

function finding(f: Record<string, unknown>, at: string): { ruleId: string; severity: Severity; title: string } {
  const severity = str(f.severity, `${at}.severity`);
  if (!(SEVERITIES as readonly string[]).includes(severity)) throw new ReportShapeError(`${at}.severity: unknown`);
  return { ruleId: str(f.ruleId, `${at}.ruleId`), severity: severity as Severity, title: str(f.title, `${at}.title`) };
}

function record(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ReportShapeError(`${at} is not an object`);
  return v as Record<string, unknown>;
}

function str(v: unknown, at: string): string {
  if (typeof v !== 'string') throw new ReportShapeError(`${at} is not text`);
  return v;
}

// A cookie is the same cookie in both reports when name, domain, path and partition match (the store id differs
// between a browser profile and a cookie file, so it is left out).
function identity(c: Pick<DiffCookie, 'name' | 'domain' | 'path' | 'partition'>): string {
  return JSON.stringify([c.name, c.domain, c.path, c.partition]);
}

function ref(c: DiffCookie): CookieRef {
  return { name: c.name, domain: c.domain, path: c.path, partition: c.partition, category: c.category };
}

/** Compares two reports site by site: new, gone and changed cookies, category changes and new findings. */
export function diffReports(oldSites: readonly DiffSite[], newSites: readonly DiffSite[]): ReportDiff {
  const oldBySite = new Map(oldSites.map((s) => [s.site, s]));
  const newBySite = new Map(newSites.map((s) => [s.site, s]));
  const sites: SiteDiff[] = [];
  for (const site of [...new Set([...oldBySite.keys(), ...newBySite.keys()])].sort()) {
    const before = oldBySite.get(site);
    const after = newBySite.get(site);
    sites.push(diffSite(site, before, after));
  }
  const counts = { newSites: 0, goneSites: 0, newCookies: 0, goneCookies: 0, changed: 0, newFindings: 0 };
  for (const s of sites) {
    if (s.status === 'new') counts.newSites++;
    if (s.status === 'gone') counts.goneSites++;
    counts.newCookies += s.newCookies.length;
    counts.goneCookies += s.goneCookies.length;
    counts.changed += s.changed.length;
    counts.newFindings += s.newFindings.length;
  }
  const hasNew = counts.newSites + counts.newCookies + counts.newFindings > 0;
  return { sites: sites.filter(hasAnything), hasNew, counts };
}

function hasAnything(s: SiteDiff): boolean {
  return (
    s.status !== 'both' || s.newCookies.length + s.goneCookies.length + s.changed.length + s.newFindings.length > 0
  );
}

function diffSite(site: string, before: DiffSite | undefined, after: DiffSite | undefined): SiteDiff {
  const status = before === undefined ? 'new' : after === undefined ? 'gone' : 'both';
  const out: SiteDiff = { site, status, newCookies: [], goneCookies: [], changed: [], newFindings: [] };
  const oldCookies = new Map((before?.cookies ?? []).map((c) => [identity(c), c]));
  const newCookies = new Map((after?.cookies ?? []).map((c) => [identity(c), c]));
  for (const [id, c] of newCookies) {
    const was = oldCookies.get(id);
    if (!was) out.newCookies.push(ref(c));
    else {
      const changes = attributeDiffs(was, c);
      if (changes.length > 0) out.changed.push({ ...ref(c), changes });
    }
    const oldRules = new Set(was?.findings.map((f) => f.ruleId));
    for (const f of c.findings) {
      if (!oldRules.has(f.ruleId)) out.newFindings.push({ cookie: ref(c), ...f });
    }
  }
  for (const [id, c] of oldCookies) if (!newCookies.has(id)) out.goneCookies.push(ref(c));
  const oldSiteFindings = new Set(before?.siteFindings.map((f) => `${f.ruleId}\n${f.message}`));
  for (const f of after?.siteFindings ?? []) {
    if (!oldSiteFindings.has(`${f.ruleId}\n${f.message}`)) {
      out.newFindings.push({ ruleId: f.ruleId, severity: f.severity, title: f.title });
    }
  }
  return out;
}

/**
 * Remaining lifetimes shrink between two reports of the same cookie; a lifespan counts as changed when the cookie
 * became session/persistent or its remaining time differs by more than half (a 1-day cookie now lasting 30 days,
 * not a 13-month cookie a week older).
 */
const LIFESPAN_RATIO = 1.5;

function attributeDiffs(a: DiffCookie, b: DiffCookie): AttributeDiff[] {
  const out: AttributeDiff[] = [];
  for (const field of ['category', 'vendor', 'party', 'secure', 'httpOnly', 'sameSite', 'hostOnly'] as const) {
    if (a[field] !== b[field]) out.push({ field, from: a[field], to: b[field] });
  }
  const x = a.remainingSeconds;
  const y = b.remainingSeconds;
  const lifespanChanged =
    (x === null) !== (y === null) ||
    (x !== null && y !== null && Math.max(x, y) > LIFESPAN_RATIO * Math.max(1, Math.min(x, y)));
  if (lifespanChanged) out.push({ field: 'lifespan', from: lifespanOf(x), to: lifespanOf(y) });
  return out;
}

function lifespanOf(seconds: number | null): string {
  if (seconds === null) return 'session';
  return seconds <= 0 ? 'expired' : humanDuration(seconds);
}
