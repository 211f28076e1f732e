import { type AuditedCookie, type Finding, SEVERITIES, type SiteAudit } from '../types';
import { byName } from './cookie-facts';

export interface FindingGroup {
  ruleId: string;
  /** The first finding of the rule: its severity, title and reference stand for the group. */
  first: Finding;
  /** The first cookies the rule flagged (by name, at most the caller's `shown`), each with its own message and fix. */
  hits: { cookie: AuditedCookie; finding: Finding }[];
  /** How many cookies the rule flagged in all. */
  total: number;
}

/**
 * Cookie findings grouped by rule, most severe first: a report reads "Readable by page scripts: 12 cookies" once
 * rather than twelve times. Only the first `shown` cookies of a group are kept, so 100,000 flagged cookies cost
 * a count, not a list.
 */
export function groupFindings(audit: SiteAudit, shown = Number.POSITIVE_INFINITY): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const cookie of [...audit.cookies].sort(byName)) {
    for (const finding of cookie.findings) {
      const group = groups.get(finding.ruleId);
      if (!group)
        groups.set(finding.ruleId, { ruleId: finding.ruleId, first: finding, hits: [{ cookie, finding }], total: 1 });
      else {
        group.total++;
        if (group.hits.length < shown) group.hits.push({ cookie, finding });
      }
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.first.severity) - SEVERITIES.indexOf(b.first.severity) || (a.ruleId < b.ruleId ? -1 : 1),
  );
}

export type FindingEntry = { kind: 'site'; finding: Finding } | { kind: 'cookies'; group: FindingGroup };

/** Site findings and cookie finding groups in one list, most severe first (site-wide before per-cookie on a tie). */
export function findingEntries(audit: SiteAudit, shown = Number.POSITIVE_INFINITY): FindingEntry[] {
  const groups = groupFindings(audit, shown);
  return SEVERITIES.flatMap((severity) => [
    ...audit.siteFindings.filter((f) => f.severity === severity).map((finding) => ({ kind: 'site' as const, finding })),
    ...groups.filter((g) => g.first.severity === severity).map((group) => ({ kind: 'cookies' as const, group })),
  ]);
}
