import { clip } from '../core/clip';
import { displayText } from '../core/display-text';
import { escapeHtml, escapeMarkdown } from '../core/report/escape';
import { CSP } from '../core/report/html';
import { TABLE_NAME_CHARS } from '../core/report/limits';
import {
  type AttributeDiff,
  type CookieRef,
  diffReports,
  type ReportDiff,
  ReportShapeError,
  readReport,
  type SiteDiff,
} from '../core/timeline/report-diff';

export const DIFF_FORMATS = ['table', 'json', 'md', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** `diff` exits like diff(1): 0 nothing new, 1 something new appeared, 2 a usage error or an unreadable report. */
export const DIFF_EXIT = { same: 0, somethingNew: 1 } as const;

/** Parses and compares two JSON reports; throws a message naming the file and field when one cannot be read. */
export function diffReportTexts(oldText: string, newText: string, names: { old: string; new: string }): ReportDiff {
  return diffReports(parseReport(oldText, names.old), parseReport(newText, names.new));
}

function parseReport(text: string, name: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ReportShapeError(`${name}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    return readReport(json);
  } catch (e) {
    if (e instanceof ReportShapeError) throw new ReportShapeError(`${name}: ${e.message}`);
    throw e;
  }
}

export function renderDiff(diff: ReportDiff, format: DiffFormat, names: { old: string; new: string }): string {
  if (format === 'json')
    return `${JSON.stringify({ kind: 'report-diff', old: names.old, new: names.new, ...diff }, null, 2)}\n`;
  if (format === 'md') return markdown(diff, names);
  if (format === 'html') return html(diff, names);
  return table(diff, names);
}

function summaryLine(d: ReportDiff): string {
  const c = d.counts;
  const parts = [
    plural(c.newSites, 'new site'),
    plural(c.goneSites, 'gone site'),
    plural(c.newCookies, 'new cookie'),
    plural(c.goneCookies, 'gone cookie'),
    plural(c.changed, 'changed cookie'),
    plural(c.newFindings, 'new finding'),
  ];
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const STATUS: Record<SiteDiff['status'], string> = { new: 'new site', gone: 'gone', both: 'changed' };

function cookieText(c: CookieRef): string {
  const path = c.path === '/' ? '' : c.path;
  const partition = c.partition ? ` (partitioned under ${c.partition})` : '';
  return `${clip(c.name, { chars: TABLE_NAME_CHARS })} ${c.domain}${path}${partition} [${c.category}]`;
}

function changeText(ch: AttributeDiff): string {
  return `${ch.field} ${String(ch.from)} → ${String(ch.to)}`;
}

/** Every site's lines, as plain sentences the three text formats share; each part is raw (unescaped) text. */
function siteLines(s: SiteDiff): { label: string; text: string }[] {
  const lines: { label: string; text: string }[] = [];
  for (const c of s.newCookies) lines.push({ label: 'new', text: cookieText(c) });
  for (const c of s.goneCookies) lines.push({ label: 'gone', text: cookieText(c) });
  for (const c of s.changed)
    lines.push({ label: 'changed', text: `${cookieText(c)}: ${c.changes.map(changeText).join('; ')}` });
  for (const f of s.newFindings) {
    const about = f.cookie ? cookieText(f.cookie) : 'the site';
    lines.push({ label: 'finding', text: `${f.severity} ${f.title} (${f.ruleId}): ${about}` });
  }
  return lines;
}

function table(d: ReportDiff, names: { old: string; new: string }): string {
  const out = [`${displayText(names.old)} → ${displayText(names.new)}`, summaryLine(d)];
  for (const s of d.sites) {
    out.push('', `${displayText(s.site)}  (${STATUS[s.status]})`);
    for (const l of siteLines(s)) out.push(`  ${l.label.padEnd(8)} ${displayText(l.text)}`);
  }
  if (d.sites.length === 0) out.push('', 'No differences.');
  return `${out.join('\n')}\n`;
}

function markdown(d: ReportDiff, names: { old: string; new: string }): string {
  const out = [
    '# Cookie report diff',
    '',
    `${escapeMarkdown(names.old)} → ${escapeMarkdown(names.new, { lineStart: false })}`,
    '',
    `${summaryLine(d)}.`,
  ];
  for (const s of d.sites) {
    out.push('', `## ${escapeMarkdown(s.site, { lineStart: false })} (${STATUS[s.status]})`, '');
    const lines = siteLines(s);
    if (lines.length === 0) out.push('Nothing to compare cookie by cookie.');
    else out.push('| | |', '| --- | --- |');
    for (const l of lines) out.push(`| ${l.label} | ${escapeMarkdown(l.text, { lineStart: false })} |`);
  }
  if (d.sites.length === 0) out.push('', 'No differences.');
  return `${out.join('\n')}\n`;
}

// Script-free like the HTML reports, with their one CSP (src/core/report/html.ts): the inline style and nothing else.
const STYLE =
  'body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem}' +
  'table{border-collapse:collapse;width:100%}td{border:1px solid #d0d4d9;padding:.3rem .5rem;vertical-align:top}' +
  'td:first-child{width:6rem;font-weight:600}.new{color:#067647}.gone{color:#912018}.finding{color:#93370d}';

function h(s: string): string {
  return escapeHtml(displayText(s));
}

function html(d: ReportDiff, names: { old: string; new: string }): string {
  const body: string[] = [
    '<h1>Cookie report diff</h1>',
    `<p>${h(names.old)} → ${h(names.new)}</p>`,
    `<p>${h(summaryLine(d))}.</p>`,
  ];
  for (const s of d.sites) {
    body.push(`<h2>${h(s.site)} (${h(STATUS[s.status])})</h2>`);
    const lines = siteLines(s);
    if (lines.length === 0) continue;
    body.push('<table><tbody>');
    for (const l of lines) body.push(`<tr><td class="${h(l.label)}">${h(l.label)}</td><td>${h(l.text)}</td></tr>`);
    body.push('</tbody></table>');
  }
  if (d.sites.length === 0) body.push('<p>No differences.</p>');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="referrer" content="no-referrer">
<title>Cookie report diff</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
