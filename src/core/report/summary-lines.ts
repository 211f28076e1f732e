import { CATEGORIES, SEVERITIES, type SiteAudit } from '../types';
import { CATEGORY_LABELS } from './cookie-facts';

/** The summary every human-readable format prints, as plain sentences (each format escapes them). */
export function summaryLines(audit: SiteAudit): string[] {
  const s = audit.summary;
  const categories = CATEGORIES.filter((c) => s.byCategory[c] > 0).map(
    (c) => `${CATEGORY_LABELS[c]} ${s.byCategory[c]}`,
  );
  const severities = SEVERITIES.map((sev) => `${sev} ${s.bySeverity[sev]}`);
  return [
    `Cookies: ${s.total} (${s.firstParty} first party, ${s.thirdParty} third party)`,
    `By category: ${categories.length > 0 ? categories.join(', ') : 'none'}`,
    `Findings: ${s.findings}${s.findings > 0 ? ` (${severities.join(', ')})` : ''}`,
    `Blocked attempts: ${s.blocked}`,
  ];
}
