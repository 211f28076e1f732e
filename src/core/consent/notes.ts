import type { ConsentInputs } from './inputs';
import type { ConsentSummary } from './summary';

/** What a reader must know to judge the consent findings: what was not checked, and on whose classification. */
export function consentNotes(summary: ConsentSummary, inputs: ConsentInputs): string[] {
  const notes: string[] = [];
  if (summary.records.length > 0 || summary.bannerScripts.length > 0) {
    notes.push(
      'A cookie’s category is Cookie Auditor’s own classification (catalogue, tracker domains, heuristics, learned fallback) with your corrections applied, not the site’s: each finding says which, and a finding can be challenged by showing the cookie belongs to another category.',
    );
  }
  if (!summary.historyAvailable) {
    notes.push(
      '“Set before consent” was not checked: it needs the per-site history of when each cookie was first seen, which is not kept for a cookie file or a private window.',
    );
  }
  if (inputs.sent === undefined) {
    notes.push('“Refused but still sent” was not checked: it needs the tab’s requests.');
  }
  if (summary.records.length === 0 && summary.bannerScripts.length > 0) {
    notes.push(
      `No consent record found, although the banner script of ${summary.bannerScripts.join(', ')} was loaded: the choice may be kept in localStorage or on the server, which this extension cannot read, or the banner has not been answered.`,
    );
  }
  for (const r of summary.records) if (!r.understood) notes.push(`${r.note} (${r.cookieName})`);
  return notes;
}
