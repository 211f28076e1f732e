import type { Category, SiteAudit } from '../types';
import { consentSectionModel } from './consent-section';
import { escapeHtml, escapeMarkdown, visibleText } from './escape';

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
  return escapeHtml(visibleText(s));
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
  const out = ['consent:', ...m.lines.map((l) => `  ${visibleText(l)}`)];
  for (const r of m.rows) {
    out.push(
      `  ${r.severity.padEnd(6)}  ${visibleText(r.cookie)} (${visibleText(r.domain)}, ${r.category}): ${r.rule}, ${visibleText(r.when)}`,
    );
  }
  return out;
}

/** CSV cells for one cookie: the recorded choice for its category and its consent rule ids. */
export function consentCsvCells(audit: SiteAudit, cookieId: string, category: Category): [string, string] {
  const consent = audit.consent;
  const verdict = category === 'necessary' || category === 'unknown' ? undefined : consent?.choices[category];
  const choice = verdict ? `${verdict.choice} (${verdict.platform})` : '';
  const rules =
    consent?.violations.filter((v) => v.cookieId === cookieId).map((v) => `${v.ruleId} (${v.severity})`) ?? [];
  return [choice, rules.join('; ')];
}
