import type { AuditedCookie } from './types';

/**
 * The cookie goes against the visitor's consent choice (set despite a refusal, before consent, or sent after a
 * refusal); consent-record-* findings are about the record itself and do not mark the row.
 */
export function againstConsent(c: AuditedCookie): boolean {
  return c.findings.some((f) => f.ruleId.startsWith('consent-') && !f.ruleId.startsWith('consent-record-'));
}
