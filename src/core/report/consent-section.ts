import { clip } from '../clip';
import { agoText, choiceLine, gpcLine, noRecordLine } from '../consent/describe';
import { humanDuration } from '../lifespan';
import type { SiteAudit } from '../types';
import { TABLE_NAME_CHARS } from './limits';

/** The consent section every format renders: state lines, then one row per violation. Plain text, unescaped. */
export interface ConsentSectionModel {
  lines: string[];
  rows: { cookie: string; domain: string; category: string; when: string; rule: string; severity: string }[];
}

/** When a cookie was written relative to the visitor's choice: "3 seconds after the choice", "before", or unknown. */
export function whenFromChoice(fromChoiceMs: number | null, writtenAt: number | null): string {
  if (fromChoiceMs === null) return writtenAt === null ? 'time not known' : new Date(writtenAt).toISOString();
  const words = humanDuration(Math.abs(fromChoiceMs) / 1000);
  return fromChoiceMs >= 0 ? `${words} after the choice` : `${words} before the choice`;
}

/** The choice line, its time counted back from the report's own time (a report is read later than it is made). */
export function reportChoiceLine(audit: SiteAudit): string | null {
  if (!audit.consent) return null;
  const now = Date.parse(audit.generatedAt);
  const choice = choiceLine(audit.consent, Number.isFinite(now) ? now : Date.now());
  return choice ? choice.replace(/ ago by /, ' before this report by ') : null;
}

/** Null when the audit found no consent record, no banner script and no violation: nothing to say. */
export function consentSectionModel(audit: SiteAudit): ConsentSectionModel | null {
  const consent = audit.consent;
  if (!consent) return null;
  if (consent.records.length === 0 && consent.bannerScripts.length === 0 && consent.violations.length === 0)
    return null;
  const lines: string[] = [];
  const choice = reportChoiceLine(audit);
  if (choice) lines.push(`Choice: ${choice}`);
  if (consent.recordedAt !== null) {
    lines.push(
      `Recorded at: ${new Date(consent.recordedAt).toISOString()} (${consent.recordedAtSource === 'history' ? 'when this extension saw the consent cookie written' : 'as written in the consent cookie'})`,
    );
  }
  const none = noRecordLine(consent);
  if (none) lines.push(`Consent: ${none}`);
  const gpc = gpcLine(consent);
  if (gpc) lines.push(gpc);
  for (const r of consent.records) {
    lines.push(
      r.understood
        ? `Record ${r.cookieName} (${r.cookieDomain}): ${r.platform}${r.notes.length > 0 ? `; ${r.notes.join('; ')}` : ''}`
        : `Record ${r.cookieName} (${r.cookieDomain}): ${r.note}`,
    );
  }
  for (const note of consent.notes) lines.push(note);
  if (consent.violations.length === 0) lines.push('No cookie goes against the recorded choice.');
  const rows = consent.violations.map((v) => ({
    cookie: clip(v.name, { chars: TABLE_NAME_CHARS }),
    domain: v.domain,
    category: v.category,
    when: whenFromChoice(v.fromChoiceMs, v.writtenAt),
    rule: v.ruleId,
    severity: v.severity,
  }));
  return { lines: lines.map((l) => l.slice(0, 2000)), rows };
}

export { agoText };
