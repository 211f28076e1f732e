import { clip } from '../clip';
import { displayName, displayText } from '../display-text';
import type { Finding, Reference, Severity, SiteAudit } from '../types';
import { type Chunks, joinChunks } from './chunks';
import { consentHtml } from './consent-formats';
import { CATEGORY_LABELS, cookiesByCategory, lifespanText, PARTY_LABELS, purposeText, setBy } from './cookie-facts';
import { escapeHtml, escapeHtmlAttribute, safeHttpUrl } from './escape';
import { exportSite } from './export-site';
import { exportUrl } from './export-url';
import { findingEntries } from './finding-groups';
import { GROUP_SHOWN, TABLE_DOMAIN_CHARS, TABLE_NAME_CHARS, TABLE_VALUE_CHARS } from './limits';
import { type MultiSiteReportOptions, type ReportOptions, valuesNote } from './options';
import { summaryLines } from './summary-lines';

/**
 * No script may run in the report, even if an escaping bug slipped through: the CSP allows nothing but the one
 * inline <style> (CSP Level 3 §6.1.3 default-src as fallback for every fetch directive, script-src included).
 * base-uri and form-action are not fetch directives, so default-src does not cover them: an injected <base> could
 * retarget the reference links and an injected <form> could post what a reader types (CSP Level 3 §6.3.1, §6.4.1).
 */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; --line: #d0d4d9; --muted: #5b6470; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
.meta { color: var(--muted); margin: 0; }
.note { border-left: 4px solid var(--line); padding: .25rem .75rem; }
.note.secret { border-color: #b42318; background: #fef3f2; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #f3f5f7; white-space: nowrap; }
.name { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
td.name { min-width: 9rem; }
td.value { width: 30%; word-break: break-all; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.sev { display: inline-block; min-width: 4.5em; padding: 0 .4em; border-radius: .25em; font-size: .85em; font-weight: 600; text-align: center; }
.sev-high { background: #fee4e2; color: #912018; }
.sev-medium { background: #fef0c7; color: #93370d; }
.sev-low { background: #e0f2fe; color: #0b4a6f; }
.sev-info { background: #f2f4f7; color: #344054; }
.findings li { margin-bottom: .4rem; }
.site + .site { border-top: 2px solid var(--line); margin-top: 2.5rem; }
@media print {
  body { font-size: 10pt; margin: 0; max-width: none; }
  h2 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .site + .site { break-before: page; border: 0; }
  .sev { border: 1px solid currentColor; }
}
`;

/** A standalone, printable cookie-policy page for one site, written section by section. */
export function* htmlChunks(audit: SiteAudit, options: ReportOptions): Chunks {
  const includeValues = options.includeValues === true;
  yield head(`Cookies on ${exportSite(audit.site) || exportUrl(audit.pageUrl, includeValues)}`, options);
  yield* siteSection(audit, options, 1);
  yield FOOT;
}

/** Every site on one page, one section per site (each starts a new printed page). */
export function* allSitesHtmlChunks(audits: readonly SiteAudit[], options: MultiSiteReportOptions): Chunks {
  const title = `Cookie report: ${audits.length} ${audits.length === 1 ? 'site' : 'sites'}`;
  yield head(title, options);
  yield `<h1>${text(title)}</h1>\n`;
  for (const a of audits) yield* siteSection(a, options, 2);
  yield FOOT;
}

export function buildHtml(audit: SiteAudit, options: ReportOptions): string {
  return joinChunks(htmlChunks(audit, options));
}

export function buildAllSitesHtml(audits: readonly SiteAudit[], options: MultiSiteReportOptions): string {
  return joinChunks(allSitesHtmlChunks(audits, options));
}

function head(title: string, options: ReportOptions): string {
  const includeValues = options.includeValues === true;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtmlAttribute(CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<p class="note${includeValues ? ' secret' : ''}">${text(valuesNote(includeValues))}</p>
`;
}

const FOOT = `</body>
</html>
`;

function* siteSection(audit: SiteAudit, options: ReportOptions, level: number): Generator<string> {
  const h = (n: number, inner: string) => `<h${level + n}>${inner}</h${level + n}>\n`;
  const includeValues = options.includeValues === true;
  const pageUrl = exportUrl(audit.pageUrl, includeValues);
  yield '<section class="site">\n';
  yield h(0, text(`Cookies on ${exportSite(audit.site) || pageUrl}`));
  yield `<p class="meta">Page ${text(pageUrl)} · generated ${text(audit.generatedAt)} by Cookie Auditor ${text(options.extensionVersion)} · catalogue ${text(audit.catalogueVersion)}</p>\n`;

  if (audit.cookies.length === 0) yield '<p>No cookies.</p>\n';
  for (const { category, cookies } of cookiesByCategory(audit)) {
    yield h(1, `${text(CATEGORY_LABELS[category])} (${cookies.length})`);
    yield `<table>\n<thead><tr><th>Cookie</th><th>Purpose</th><th>Set by</th><th>Lifespan</th><th>First/third party</th>${includeValues ? '<th>Value</th>' : ''}</tr></thead>\n<tbody>\n`;
    for (const c of cookies) {
      const value = includeValues
        ? `<td class="value"><code>${text(clip(c.cookie.value, { chars: TABLE_VALUE_CHARS }))}</code></td>`
        : '';
      yield `<tr><td class="name">${name(c.cookie.name)}</td><td>${text(purposeText(c))}</td>` +
        `<td>${text(clip(setBy(c), { chars: TABLE_DOMAIN_CHARS }))}</td><td>${text(lifespanText(c))}</td>` +
        `<td>${text(PARTY_LABELS[c.party])}</td>${value}</tr>\n`;
    }
    yield '</tbody>\n</table>\n';
  }

  const entries = findingEntries(audit, GROUP_SHOWN);
  if (entries.length > 0) {
    yield h(1, 'Findings');
    yield '<div class="findings">\n';
    for (const entry of entries) {
      if (entry.kind === 'site') {
        const f = entry.finding;
        yield h(2, `${severity(f.severity)} ${text(f.title)} (site)`);
        yield `<p>${text(f.message)}</p>\n<p>${fix(f)}</p>\n${reference(f.reference)}\n`;
        continue;
      }
      const g = entry.group;
      const n = g.total;
      yield h(
        2,
        `${severity(g.first.severity)} ${text(g.first.title)} (${n.toLocaleString('en-US')} ${n === 1 ? 'cookie' : 'cookies'})`,
      );
      yield '<ul>\n';
      for (const { cookie, finding } of g.hits) {
        yield `<li><span class="name">${name(cookie.cookie.name)}</span> ` +
          `(${text(clip(cookie.cookie.domain, { chars: TABLE_DOMAIN_CHARS }))}): ${text(finding.message)}<br>${fix(finding)}</li>\n`;
      }
      if (g.total > g.hits.length)
        yield `<li>…and ${(g.total - g.hits.length).toLocaleString('en-US')} more like this</li>\n`;
      yield `</ul>\n${reference(g.first.reference)}\n`;
    }
    yield '</div>\n';
  }

  if (audit.blocked.length > 0) {
    yield h(1, `Blocked attempts (${audit.blocked.length})`);
    yield '<table>\n<thead><tr><th>Cookie</th><th>Domain</th><th>Reason</th><th>Party</th></tr></thead>\n<tbody>\n';
    for (const b of audit.blocked) {
      yield `<tr><td class="name">${name(b.name)}</td><td>${text(clip(b.domain, { chars: TABLE_DOMAIN_CHARS }))}</td>` +
        `<td>${text(b.reason)}</td><td>${text(PARTY_LABELS[b.party])}</td></tr>\n`;
    }
    yield '</tbody>\n</table>\n';
  }

  const consent = consentHtml(audit, level + 1);
  if (consent) yield `${consent}\n`;
  yield h(1, 'Summary');
  yield `<ul>\n${summaryLines(audit)
    .map((l) => `<li>${text(l)}</li>\n`)
    .join('')}</ul>\n</section>\n`;
}

/** A cookie name in a table or list: the shared placeholder when blank, clipped. */
function name(raw: string): string {
  return text(clip(displayName(raw), { chars: TABLE_NAME_CHARS }));
}

function text(s: string): string {
  return escapeHtml(displayText(s));
}

function severity(s: Severity): string {
  return `<span class="sev sev-${text(s)}">${text(s)}</span>`;
}

/** Fixes mix advice and a header line ("Send it with …: Set-Cookie: …"): only the header is set as code. */
function fix(f: Finding): string {
  const at = f.fix.indexOf('Set-Cookie:');
  if (at < 0) return `Fix: ${text(f.fix)}`;
  return `Fix: ${text(f.fix.slice(0, at))}<code>${text(f.fix.slice(at))}</code>`;
}

function reference(ref: Reference): string {
  const url = safeHttpUrl(ref.url);
  const title = text(ref.title || ref.url);
  return url
    ? `<p>Reference: <a href="${escapeHtmlAttribute(url)}" rel="noopener noreferrer">${title}</a></p>`
    : `<p>Reference: ${title}</p>`;
}
