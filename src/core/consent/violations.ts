import { CONSENT_RULE_IDS } from '../rules/index';
import type { AuditedCookie, Severity } from '../types';
import type { ConsentInputs } from './inputs';
import type { ConsentSummary } from './summary';

/** One consent finding on one cookie, with when the cookie was written relative to the choice. */
export interface ConsentViolation {
  cookieId: string;
  name: string;
  domain: string;
  category: string;
  ruleId: string;
  severity: Severity;
  /** ms since the epoch when the cookie was last written, null when no history. */
  writtenAt: number | null;
  /** ms from the choice to the write (negative: before the choice), null when either time is unknown. */
  fromChoiceMs: number | null;
}

export function consentViolations(
  cookies: readonly AuditedCookie[],
  summary: ConsentSummary,
  inputs: ConsentInputs,
): ConsentViolation[] {
  const out: ConsentViolation[] = [];
  for (const c of cookies) {
    for (const f of c.findings) {
      if (!CONSENT_RULE_IDS.has(f.ruleId) || f.ruleId.startsWith('consent-record-')) continue;
      const times = inputs.cookieTimes?.get(c.id);
      const writtenAt = times?.lastWritten ?? null;
      out.push({
        cookieId: c.id,
        name: c.cookie.name,
        domain: c.cookie.domain,
        category: c.classification.category,
        ruleId: f.ruleId,
        severity: f.severity,
        writtenAt,
        fromChoiceMs: writtenAt !== null && summary.recordedAt !== null ? writtenAt - summary.recordedAt : null,
      });
    }
  }
  return out;
}
