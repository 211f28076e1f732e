import { type AuditedCookie, type Finding, SEVERITIES, type SiteAudit } from '../types';
import { byName } from './cookie-facts';

export interface FindingGroup {
  ruleId: string;
  /** The first finding of the rule: its severity, title and reference stand for the group. */
  first: Finding;
  /** Every cookie the rule flagged, with that cookie's own message and fix. */
  hits: { cookie: AuditedCookie; finding: Finding }[];
}

/**
 * Cookie findings grouped by rule, most severe first: a report reads "Readable by page scripts: 12 cookies" once
 * rather than twelve times.
 */
export function groupFindings(audit: SiteAudit): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const cookie of [...audit.cookies].sort(byName)) {
    for (const finding of cookie.findings) {
      const group = groups.get(finding.ruleId);
      if (group) group.hits.push({ cookie, finding });
      else groups.set(finding.ruleId, { ruleId: finding.ruleId, first: finding, hits: [{ cookie, finding }] });
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.first.severity) - SEVERITIES.indexOf(b.first.severity) || (a.ruleId < b.ruleId ? -1 : 1),
  );
}

export type FindingEntry = { kind: 'site'; finding: Finding } | { kind: 'cookies'; group: FindingGroup };

/** Site findings and cookie finding groups in one list, most severe first (site-wide before per-cookie on a tie). */
export function findingEntries(audit: SiteAudit): FindingEntry[] {
  const groups = groupFindings(audit);
  return SEVERITIES.flatMap((severity) => [
    ...audit.siteFindings.filter((f) => f.severity === severity).map((finding) => ({ kind: 'site' as const, finding })),
    ...groups.filter((g) => g.first.severity === severity).map((group) => ({ kind: 'cookies' as const, group })),
  ]);
}
