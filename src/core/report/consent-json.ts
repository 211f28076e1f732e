import type { TcfFacts, UsOptOuts } from '../consent/types';
import type { SiteAudit } from '../types';

/** The consent object of the JSON report (schema 1.1): the decoded state, the records and each violation. */
export interface ConsentReportV1 {
  answered: boolean;
  platform: string | null;
  /** ISO 8601, null when unknown. */
  recordedAt: string | null;
  recordedAtSource: 'record' | 'history' | null;
  choices: Record<string, { choice: 'accepted' | 'refused'; platform: string }>;
  gpc: { browser: boolean | null; platform: boolean | null };
  bannerScripts: string[];
  records: {
    cookieName: string;
    cookieDomain: string;
    platform: string;
    understood: boolean;
    answered: boolean | null;
    note: string | null;
    tcf: TcfFacts | null;
    us: UsOptOuts[] | null;
  }[];
  violations: {
    cookieId: string;
    name: string;
    domain: string;
    category: string;
    ruleId: string;
    severity: string;
    writtenAt: string | null;
    /** Seconds from the choice to the write; negative = before the choice. */
    secondsFromChoice: number | null;
  }[];
  notes: string[];
}

const iso = (ms: number | null | undefined) =>
  ms === null || ms === undefined || !Number.isFinite(ms) ? null : new Date(ms).toISOString();

export function consentReport(audit: SiteAudit): ConsentReportV1 | null {
  const c = audit.consent;
  if (!c) return null;
  const choices: ConsentReportV1['choices'] = {};
  for (const [k, v] of Object.entries(c.choices)) if (v) choices[k] = v;
  return {
    answered: c.answered,
    platform: c.platform,
    recordedAt: iso(c.recordedAt),
    recordedAtSource: c.recordedAtSource,
    choices,
    gpc: { browser: c.gpc.browser ?? null, platform: c.gpc.platform ?? null },
    bannerScripts: c.bannerScripts,
    records: c.records.map((r) => ({
      cookieName: r.cookieName,
      cookieDomain: r.cookieDomain,
      platform: r.platform,
      understood: r.understood,
      answered: r.understood ? r.answered : null,
      note: r.understood ? r.notes.join('; ') || null : r.note,
      tcf: r.understood && r.tcf ? r.tcf : null,
      us: r.understood && r.us ? r.us : null,
    })),
    violations: c.violations.map((v) => ({
      cookieId: v.cookieId,
      name: v.name,
      domain: v.domain,
      category: v.category,
      ruleId: v.ruleId,
      severity: v.severity,
      writtenAt: iso(v.writtenAt),
      secondsFromChoice: v.fromChoiceMs === null ? null : Math.round(v.fromChoiceMs / 1000),
    })),
    notes: c.notes,
  };
}
