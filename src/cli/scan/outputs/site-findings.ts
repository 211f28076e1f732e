import type { ScanFinding, SiteResult } from '../types';

/** Every finding of a site: across phases first, then each phase's in phase order. */
export function allFindings(site: SiteResult): ScanFinding[] {
  return [...site.findings, ...site.phases.flatMap((p) => p.findings)];
}

/** Text for a cookie or finding field in a report: hostile, so control and bidi characters never reach the reader. */
