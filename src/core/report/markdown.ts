import type { SEVERITIES, SiteAudit } from '../types';
import { consentMarkdown } from './consent-formats';
import { CATEGORY_LABELS, cookiesByCategory, lifespanText, PARTY_LABELS, purposeText, setBy } from './cookie-facts';
import { clip, escapeMarkdown, safeHttpUrl } from './escape';
import { findingEntries } from './finding-groups';
import { TABLE_NAME_CHARS, TABLE_VALUE_CHARS } from './limits';
import { type MultiSiteReportOptions, type ReportOptions, valuesNote } from './options';
import { summaryLines } from './summary-lines';

/** A cookie-policy document for one site: table per category, findings with fixes, summary. */
export function buildMarkdown(audit: SiteAudit, options: ReportOptions): string {
  return `${siteSection(audit, options, 1).join('\n')}\n`;
}

/** Every site in one document, one section per site. */
export function buildAllSitesMarkdown(audits: readonly SiteAudit[], options: MultiSiteReportOptions): string {
  const lines = [
    `# Cookie report: ${audits.length} ${audits.length === 1 ? 'site' : 'sites'}`,
    '',
    `> ${inline(valuesNote(options.includeValues === true))}`,
    '',
  ];
  for (const audit of audits) lines.push(...siteSection(audit, options, 2, false), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function siteSection(audit: SiteAudit, options: ReportOptions, level: number, withNote = true): string[] {
  const h = (n: number) => '#'.repeat(level + n);
  const includeValues = options.includeValues === true;
  const lines = [`${h(0)} Cookies on ${inline(audit.site || audit.pageUrl)}`, ''];
  if (withNote) lines.push(`> ${inline(valuesNote(includeValues))}`, '');
  lines.push(
    `Page: ${pageLink(audit.pageUrl)}  `,
    `Generated: ${inline(audit.generatedAt)} by Cookie Auditor ${inline(options.extensionVersion)} ` +
      `(catalogue ${inline(audit.catalogueVersion)})`,
    '',
  );

  if (audit.cookies.length === 0) lines.push('No cookies.', '');
  for (const { category, cookies } of cookiesByCategory(audit)) {
    lines.push(`${h(1)} ${CATEGORY_LABELS[category]} (${cookies.length})`, '');
    const header = ['Cookie', 'Purpose', 'Set by', 'Lifespan', 'First/third party'];
    if (includeValues) header.push('Value');
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`);
    for (const c of cookies) {
      const cells = [
        clip(c.cookie.name, { chars: TABLE_NAME_CHARS }),
        purposeText(c),
        setBy(c),
        lifespanText(c),
        PARTY_LABELS[c.party],
      ];
      if (includeValues) cells.push(clip(c.cookie.value, { chars: TABLE_VALUE_CHARS }));
      lines.push(`| ${cells.map(cell).join(' | ')} |`);
    }
    lines.push('');
  }

  const entries = findingEntries(audit);
  if (entries.length > 0) {
    lines.push(`${h(1)} Findings`, '');
    for (const entry of entries) {
      if (entry.kind === 'site') {
        const f = entry.finding;
        lines.push(`${h(2)} ${severityLabel(f.severity)}: ${inline(f.title)} (site)`, '');
        lines.push(escapeMarkdown(f.message), '', `Fix: ${inline(f.fix)}`, '', reference(f.reference), '');
        continue;
      }
      const g = entry.group;
      const n = g.hits.length;
      lines.push(
        `${h(2)} ${severityLabel(g.first.severity)}: ${inline(g.first.title)} (${n} ${n === 1 ? 'cookie' : 'cookies'})`,
        '',
      );
      for (const { cookie, finding } of g.hits) {
        const name = inline(clip(cookie.cookie.name, { chars: TABLE_NAME_CHARS }));
        lines.push(
          `- **${name}** (${inline(cookie.cookie.domain)}): ${inline(finding.message)}  `,
          `  Fix: ${inline(finding.fix)}`,
        );
      }
      lines.push('', reference(g.first.reference), '');
    }
  }

  if (audit.blocked.length > 0) {
    lines.push(`${h(1)} Blocked attempts (${audit.blocked.length})`, '');
    lines.push('| Cookie | Domain | Reason | Party |', '| --- | --- | --- | --- |');
    for (const b of audit.blocked) {
      lines.push(
        `| ${[clip(b.name, { chars: TABLE_NAME_CHARS }), b.domain, b.reason, PARTY_LABELS[b.party]].map(cell).join(' | ')} |`,
      );
    }
    lines.push('');
  }

  lines.push(...consentMarkdown(audit, h(1)));
  lines.push(`${h(1)} Summary`, '', ...summaryLines(audit).map((l) => `- ${inline(l)}`));
  return lines;
}

/** Text placed after other text on a line: block markers cannot start there, so only inline escaping applies. */
function inline(text: string): string {
  return escapeMarkdown(text, { lineStart: false });
}

/** An autolink (CommonMark §6.5) shows a URL literally; the parser already percent-encoded any space, < or >. */
function pageLink(url: string): string {
  const safe = safeHttpUrl(url);
  return safe ? `<${safe}>` : inline(url);
}

function cell(text: string): string {
  return escapeMarkdown(text) || ' ';
}

function severityLabel(s: (typeof SEVERITIES)[number]): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function reference(ref: { title: string; url: string }): string {
  const url = safeHttpUrl(ref.url);
  const title = inline(ref.title || ref.url);
  // The URL parser already percent-encoded spaces and <>; parentheses would still end a Markdown link destination early (CommonMark §6.3).
  return url ? `Reference: [${title}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : `Reference: ${title}`;
}
