import { displayText } from '../display-text';
import type { Category, SiteAudit } from '../types';
import { consentSectionModel } from './consent-section';
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

/** CSV cells for one cookie: the recorded choice for its category and its consent rule ids. */
export function consentCsvCells(audit: SiteAudit, cookieId: string, category: Category): [string, string] {
  const consent = audit.consent;
  const verdict = category === 'necessary' || category === 'unknown' ? undefined : consent?.choices[category];
  const choice = verdict ? `${verdict.choice} (${verdict.platform})` : '';
  const rules = violationsByCookie(audit).get(cookieId) ?? [];
  return [choice, rules.join('; ')];
}

// Indexed once per audit: a filter per row made a CSV of 100,000 cookies quadratic in its violations.
const byCookieCache = new WeakMap<SiteAudit, Map<string, string[]>>();

function violationsByCookie(audit: SiteAudit): Map<string, string[]> {
  let index = byCookieCache.get(audit);
  if (index) return index;
  index = new Map();
  for (const v of audit.consent?.violations ?? []) {
    const list = index.get(v.cookieId);
    const text = `${v.ruleId} (${v.severity})`;
    if (list) list.push(text);
    else index.set(v.cookieId, [text]);
  }
  byCookieCache.set(audit, index);
  return index;
}
