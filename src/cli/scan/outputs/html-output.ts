import { clip } from '../../../core/clip';
import { displayText } from '../../../core/display-text';
import { CATEGORY_LABELS } from '../../../core/report/cookie-facts';
import { escapeHtml, safeHttpUrl } from '../../../core/report/escape';
import { CSP } from '../../../core/report/html';
import { valuesNote } from '../../../core/report/options';
import type { ScanMeta, ScanTotals } from '../report-meta';
import type { PhaseResult, ScanFinding, SiteResult } from '../types';
import type { FileSink } from './file-sink';

/** Hostile text for an HTML element body: visible characters only, capped, then escaped by the core. */
const t = (s: string, chars = 300) => escapeHtml(clip(displayText(s), { chars }));

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b}table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}
.high{color:#a40000;font-weight:600}.medium{color:#8a4b00}.low,.info{color:#555}.allowed{opacity:.6}
section.site{page-break-before:always}h2{border-bottom:2px solid #333}code{font-size:90%}`;

/**
 * report.html: printable and script-free (the audit report's CSP forbids any script, so a hostile cookie name could
 * not run one even if escaping failed, and no injected <base> or <form> would take effect). One section per site, in it the across-phases table and one section per phase.
 */
export function htmlOutput(sink: FileSink, meta: ScanMeta) {
  return {
    async begin() {
      await sink.write(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<title>Cookie scan ${t(meta.startedAt)}</title><style>${STYLE}</style></head><body>
<h1>Cookie scan</h1>
<p>Started ${t(meta.startedAt)} with cookie-auditor ${t(meta.tool.version)}, catalogue ${t(meta.catalogueVersion)},
${t(meta.chromium.version ?? 'Chromium')} (third-party cookies ${meta.chromium.thirdPartyCookies}). Phases: ${t(meta.phases.join(', '))}.
${meta.overrides ? `Your category corrections from ${t(meta.overrides.file)} (${meta.overrides.count}) applied.\n` : ''}${t(valuesNote(meta.valuesIncluded))}</p>
`);
    },
    async site(s: SiteResult) {
      const link = safeHttpUrl(s.url);
      await sink.write(
        `<section class="site"><h2>${link ? `<a href="${escapeHtml(link)}">${t(s.url)}</a>` : t(s.url)}</h2>\n`,
      );
      if (s.status === 'error') {
        await sink.write(`<p class="high">Could not be scanned: ${t(s.error ?? '')}</p></section>\n`);
        return;
      }
      await sink.write(bannerTable(s.phases));
      await sink.write(findingList('Across phases', s.findings));
      await sink.write(diffTable(s));
      if (s.baseline) await sink.write(baselineTable(s));
      for (const p of s.phases) await sink.write(phaseSection(p));
      await sink.write('</section>\n');
    },
    async end(totals: ScanTotals) {
      await sink.write(`<h2>Summary</h2><table><tbody>
<tr><th>Sites</th><td>${totals.sites} (${totals.scanned} scanned, ${totals.failed} could not be)</td></tr>
<tr><th>Findings</th><td>${totals.findings.high} high, ${totals.findings.medium} medium, ${totals.findings.low} low, ${totals.findings.info} info; ${totals.violations} consent violations; ${totals.allowed} allowed</td></tr>
<tr><th>Failing under --fail-on ${t(meta.failOn)}</th><td>${totals.failing} (exit code ${totals.exitCode})</td></tr>
<tr><th>Finished</th><td>${t(totals.finishedAt)}</td></tr>
</tbody></table></body></html>
`);
    },
  };
}

function bannerTable(phases: readonly PhaseResult[]): string {
  const rows = phases
    .map(
      (p) =>
        `<tr><td>${t(p.phase)}</td><td>${p.status === 'ok' ? 'loaded' : `failed: ${t(p.error ?? '')}`}</td><td>${t(p.banner.platform ?? '—')}</td><td>${t(p.banner.detail)}</td><td>${t(p.consent.map((c) => `${c.cookie}: ${c.state}`).join('; ') || '—')}</td><td>${p.audit?.cookies.length ?? 0}</td><td>${p.pagesVisited.length}</td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th>Phase</th><th>Page</th><th>Consent platform</th><th>Banner</th><th>Consent recorded</th><th>Cookies</th><th>Pages</th></tr></thead><tbody>\n${rows}\n</tbody></table>\n`;
}

function findingList(title: string, findings: readonly ScanFinding[]): string {
  if (findings.length === 0) return '';
  const items = findings
    .map(
      (f) =>
        `<li class="${f.severity}${f.allowed ? ' allowed' : ''}">${t(f.severity)} · ${t(f.title)}${f.cookieName ? ` · <code>${t(f.cookieName, 120)}</code>` : ''}: ${t(f.message, 600)}${f.allowed ? ` <em>(allowed: ${t(f.allowed)})</em>` : ''}${f.isNew ? ' <strong>new</strong>' : ''}</li>`,
    )
    .join('\n');
  return `<h3>${t(title)}</h3><ul>\n${items}\n</ul>\n`;
}

function diffTable(s: SiteResult): string {
  if (s.diff.length === 0) return '<p>No cookies in any phase.</p>\n';
  const phases = s.phases.map((p) => p.phase);
  const rows = s.diff
    .map(
      (r) =>
        `<tr><td><code>${t(r.name, 120)}</code></td><td>${t(r.domain)}</td><td>${t(r.category)}</td>${phases.map((p) => `<td>${r.phases[p] ? 'yes' : '—'}</td>`).join('')}<td>${t(r.verdict)}</td></tr>`,
    )
    .join('\n');
  return `<h3>Cookies across phases</h3><table><thead><tr><th>Cookie</th><th>Domain</th><th>Category</th>${phases.map((p) => `<th>${t(p)}</th>`).join('')}<th>Verdict</th></tr></thead><tbody>\n${rows}\n</tbody></table>\n`;
}

function baselineTable(s: SiteResult): string {
  const changes = s.baseline ?? [];
  if (changes.length === 0) return '<h3>Since the baseline</h3><p>No change.</p>\n';
  const rows = changes
    .map(
      (c) =>
        `<tr><td>${t(c.phase)}</td><td>${t(c.change)}</td><td><code>${t(c.name, 120)}</code></td><td>${t(c.domain)}</td><td>${t(c.details.join('; '))}</td></tr>`,
    )
    .join('\n');
  return `<h3>Since the baseline</h3><table><thead><tr><th>Phase</th><th>Change</th><th>Cookie</th><th>Domain</th><th>What</th></tr></thead><tbody>\n${rows}\n</tbody></table>\n`;
}

function phaseSection(p: PhaseResult): string {
  const head = `<h3>Phase: ${t(p.phase)}</h3>`;
  if (!p.audit) return `${head}<p>Not scanned: ${t(p.error ?? '')}</p>\n`;
  const rows = p.audit.cookies
    .map((c) => {
      const o = p.origins[c.id];
      return `<tr><td><code>${t(c.name, 120)}</code></td><td>${t(c.domain)}</td><td>${t(c.party)}${c.partitioned ? ', partitioned' : ''}</td><td>${t(CATEGORY_LABELS[c.classification.category])}</td><td>${t(c.classification.vendor ?? '—')}</td><td>${o ? `${t(o.kind)} ${t(o.url)} at ${o.atMs} ms` : '—'}</td><td>${t(c.lifespan)}</td><td>${c.findings.length}</td></tr>`;
    })
    .join('\n');
  const blocked = p.audit.blocked
    .map((b) => `<li><code>${t(b.name, 120)}</code> from ${t(b.url)}: ${t(b.reason)}</li>`)
    .join('\n');
  return `${head}<p>Pages: ${p.pagesVisited.map((u) => t(u)).join(', ') || '—'}</p>
<table><thead><tr><th>Cookie</th><th>Domain</th><th>Party</th><th>Category</th><th>Vendor</th><th>Set by</th><th>Lifespan</th><th>Findings</th></tr></thead><tbody>
${rows}
</tbody></table>
${blocked ? `<h4>Refused by the browser</h4><ul>\n${blocked}\n</ul>\n` : ''}${findingList(`Findings (${p.phase})`, p.findings)}`;
}
