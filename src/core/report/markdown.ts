import { clip } from '../clip';
import { displayName } from '../display-text';
import type { SEVERITIES, SiteAudit } from '../types';
import { type Chunks, joinChunks } from './chunks';
import { consentMarkdown } from './consent-formats';
import { CATEGORY_LABELS, cookiesByCategory, lifespanText, PARTY_LABELS, purposeText, setBy } from './cookie-facts';
import { escapeMarkdown, safeHttpUrl } from './escape';
import { exportSite } from './export-site';
import { exportUrl } from './export-url';
import { findingEntries } from './finding-groups';
import { GROUP_SHOWN, TABLE_DOMAIN_CHARS, TABLE_NAME_CHARS, TABLE_VALUE_CHARS } from './limits';
import { type MultiSiteReportOptions, type ReportOptions, valuesNote } from './options';
import { summaryLines } from './summary-lines';

/** A cookie-policy document for one site: table per category, findings with fixes, summary. Written line by line. */
export function* markdownChunks(audit: SiteAudit, options: ReportOptions): Chunks {
  for (const line of siteSection(audit, options, 1)) yield `${line}\n`;
}

/** Every site in one document, one section per site. */
export function* allSitesMarkdownChunks(audits: readonly SiteAudit[], options: MultiSiteReportOptions): Chunks {
  yield `# Cookie report: ${audits.length} ${audits.length === 1 ? 'site' : 'sites'}\n\n`;
  yield `> ${inline(valuesNote(options.includeValues === true))}\n`;
  for (const audit of audits) {
    yield '\n';
    for (const line of siteSection(audit, options, 2, false)) yield `${line}\n`;
  }
}

export function buildMarkdown(audit: SiteAudit, options: ReportOptions): string {
  return joinChunks(markdownChunks(audit, options));
}

export function buildAllSitesMarkdown(audits: readonly SiteAudit[], options: MultiSiteReportOptions): string {
  return joinChunks(allSitesMarkdownChunks(audits, options));
}

function* siteSection(audit: SiteAudit, options: ReportOptions, level: number, withNote = true): Generator<string> {
  const h = (n: number) => '#'.repeat(level + n);
  const includeValues = options.includeValues === true;
  const pageUrl = exportUrl(audit.pageUrl, includeValues);
  yield `${h(0)} Cookies on ${inline(exportSite(audit.site) || pageUrl)}`;
  yield '';
  if (withNote) yield* [`> ${inline(valuesNote(includeValues))}`, ''];
  yield `Page: ${pageLink(pageUrl)}  `;
  yield `Generated: ${inline(audit.generatedAt)} by Cookie Auditor ${inline(options.extensionVersion)} (catalogue ${inline(audit.catalogueVersion)})`;
  yield '';

  if (audit.cookies.length === 0) yield* ['No cookies.', ''];
  for (const { category, cookies } of cookiesByCategory(audit)) {
    yield `${h(1)} ${CATEGORY_LABELS[category]} (${cookies.length})`;
    yield '';
    const header = ['Cookie', 'Purpose', 'Set by', 'Lifespan', 'First/third party'];
    if (includeValues) header.push('Value');
    yield `| ${header.join(' | ')} |`;
    yield `|${header.map(() => ' --- |').join('')}`;
    for (const c of cookies) {
      const cells = [
        clip(displayName(c.cookie.name), { chars: TABLE_NAME_CHARS }),
        purposeText(c),
        clip(setBy(c), { chars: TABLE_DOMAIN_CHARS }),
        lifespanText(c),
        PARTY_LABELS[c.party],
      ];
      if (includeValues) cells.push(clip(c.cookie.value, { chars: TABLE_VALUE_CHARS }));
      yield `| ${cells.map(cell).join(' | ')} |`;
    }
    yield '';
  }

  const entries = findingEntries(audit, GROUP_SHOWN);
  if (entries.length > 0) {
    yield* [`${h(1)} Findings`, ''];
    for (const entry of entries) {
      if (entry.kind === 'site') {
        const f = entry.finding;
        yield* [`${h(2)} ${severityLabel(f.severity)}: ${inline(f.title)} (site)`, ''];
        yield* [escapeMarkdown(f.message), '', `Fix: ${inline(f.fix)}`, '', reference(f.reference), ''];
        continue;
      }
      const g = entry.group;
      const n = g.total;
      yield `${h(2)} ${severityLabel(g.first.severity)}: ${inline(g.first.title)} (${n.toLocaleString('en-US')} ${n === 1 ? 'cookie' : 'cookies'})`;
      yield '';
      for (const { cookie, finding } of g.hits) {
        const name = inline(clip(displayName(cookie.cookie.name), { chars: TABLE_NAME_CHARS }));
        const domain = inline(clip(cookie.cookie.domain, { chars: TABLE_DOMAIN_CHARS }));
        yield `- **${name}** (${domain}): ${inline(finding.message)}  `;
        yield `  Fix: ${inline(finding.fix)}`;
      }
      if (g.total > g.hits.length) yield `- …and ${(g.total - g.hits.length).toLocaleString('en-US')} more like this`;
      yield* ['', reference(g.first.reference), ''];
    }
  }

  if (audit.blocked.length > 0) {
    yield* [`${h(1)} Blocked attempts (${audit.blocked.length})`, ''];
    yield* ['| Cookie | Domain | Reason | Party |', '| --- | --- | --- | --- |'];
    for (const b of audit.blocked) {
      const cells = [
        clip(displayName(b.name), { chars: TABLE_NAME_CHARS }),
        clip(b.domain, { chars: TABLE_DOMAIN_CHARS }),
        b.reason,
        PARTY_LABELS[b.party],
      ];
      yield `| ${cells.map(cell).join(' | ')} |`;
    }
    yield '';
  }

  yield* consentMarkdown(audit, h(1));
  yield* [`${h(1)} Summary`, ''];
  for (const l of summaryLines(audit)) yield `- ${inline(l)}`;
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
