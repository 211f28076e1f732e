import { gpcLine, noRecordLine } from '../consent/describe';
import type { ConsentViolation } from '../consent/violations';
import { displayText } from '../display-text';
import type { Category, SiteAudit } from '../types';
import { consentSectionModel, reportChoiceLine, whenFromChoice } from './consent-section';
import { escapeHtml, escapeMarkdown } from './escape';

const HEAD = ['Cookie', 'Domain', 'Category', 'Written', 'Rule', 'Severity'];

/** The consent section of the Markdown report (empty when there is nothing to say). */
export function consentMarkdown(audit: SiteAudit, heading: string): string[] {
  const m = consentSectionModel(audit);
  if (!m) return [];
  const out = [`${heading} Consent`, '', ...m.lines.map((l) => `- ${escapeMarkdown(l, { lineStart: false })}`), ''];
  if (m.rows.length > 0) {
    out.push(`| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => ' --- |').join('')}`);
    for (const r of m.rows) {
      const cells = [r.cookie, r.domain, r.category, r.when, r.rule, r.severity];
      out.push(`| ${cells.map((c) => escapeMarkdown(c) || ' ').join(' | ')} |`);
    }
    out.push('');
  }
  return out;
}

function text(s: string): string {
  return escapeHtml(displayText(s));
}

/** The consent section of the HTML report, `level` being the heading level. */
export function consentHtml(audit: SiteAudit, level: number): string {
  const m = consentSectionModel(audit);
  if (!m) return '';
  const out = [
    `<h${level}>Consent</h${level}>`,
    '<ul class="consent">',
    ...m.lines.map((l) => `<li>${text(l)}</li>`),
    '</ul>',
  ];
  if (m.rows.length > 0) {
    out.push('<table>', `<thead><tr>${HEAD.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`, '<tbody>');
    for (const r of m.rows) {
      out.push(
        `<tr><td class="name">${text(r.cookie)}</td><td>${text(r.domain)}</td><td>${text(r.category)}</td>` +
          `<td>${text(r.when)}</td><td>${text(r.rule)}</td><td><span class="sev sev-${text(r.severity)}">${text(r.severity)}</span></td></tr>`,
      );
    }
    out.push('</tbody>', '</table>');
  }
  return out.join('\n');
}

/** The consent lines of the terminal listing. */
export function consentTextLines(audit: SiteAudit): string[] {
  const m = consentSectionModel(audit);
  if (!m) return [];
  const out = ['consent:', ...m.lines.map((l) => `  ${displayText(l)}`)];
  for (const r of m.rows) {
    out.push(
      `  ${r.severity.padEnd(6)}  ${displayText(r.cookie)} (${displayText(r.domain)}, ${r.category}): ${r.rule}, ${displayText(r.when)}`,
    );
  }
  return out;
}

/**
 * The site's decoded consent state in one CSV cell, repeated on each of its rows so a filter or a sort keeps it beside
 * every cookie (the all-sites export concatenates sites): the choice with its absolute time, or why there is none,
 * then GPC. Empty for a site with no consent record and no banner script.
 */
export function consentStateCell(audit: SiteAudit): string {
  const consent = audit.consent;
  if (!consent) return '';
  const parts: string[] = [];
  const choice = reportChoiceLine(audit);
  if (choice) {
    parts.push(consent.recordedAt !== null ? `${choice} (${new Date(consent.recordedAt).toISOString()})` : choice);
  } else {
    const none = noRecordLine(consent);
    if (none) parts.push(none);
  }
  const gpc = gpcLine(consent);
  if (gpc && parts.length > 0) parts.push(gpc);
  return parts.join('; ');
}

/**
 * CSV cells for one cookie: the recorded choice for its category, its consent findings, and when it was written
 * relative to the choice (from the first of its consent findings that knows; empty without a consent finding).
 */
export function consentCsvCells(audit: SiteAudit, cookieId: string, category: Category): [string, string, string] {
  const consent = audit.consent;
  const verdict = category === 'necessary' || category === 'unknown' ? undefined : consent?.choices[category];
  const choice = verdict ? `${verdict.choice} (${verdict.platform})` : '';
  const mine = violationsByCookie(audit).get(cookieId) ?? [];
  const timed = mine.find((v) => v.fromChoiceMs !== null) ?? mine[0];
  const written = timed ? whenFromChoice(timed.fromChoiceMs, timed.writtenAt) : '';
  return [choice, mine.map((v) => `${v.ruleId} (${v.severity})`).join('; '), written];
}

// Indexed once per audit: a filter per row made a CSV of 100,000 cookies quadratic in its violations.
const byCookieCache = new WeakMap<SiteAudit, Map<string, ConsentViolation[]>>();

function violationsByCookie(audit: SiteAudit): Map<string, ConsentViolation[]> {
  let index = byCookieCache.get(audit);
  if (index) return index;
  index = new Map();
  for (const v of audit.consent?.violations ?? []) {
    const list = index.get(v.cookieId);
    if (list) list.push(v);
    else index.set(v.cookieId, [v]);
  }
  byCookieCache.set(audit, index);
  return index;
}
