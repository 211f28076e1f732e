import { escapeMarkdown } from '../report/escape';
import type { ReportFile, ReportFormat } from '../report/options';
import type { SiteLog } from './site-log';
import { buildTimelineCsv } from './timeline-csv';
import { changesText, setByText, timelineReport } from './timeline-export';
import { buildTimelineHtml } from './timeline-html';

/**
 * A site report with its timeline section: JSON gains a `timeline` object (an optional field: schema version 1
 * still holds), HTML a section with the static SVG chart before `</body>`, Markdown a table of events; CSV, whose
 * rows are cookies, becomes the timeline's own CSV (one row per event) under a `timeline-` filename. The report
 * builders stay as they are: the section is added to what they wrote.
 */
export function withTimeline(file: ReportFile, format: ReportFormat, log: SiteLog): ReportFile {
  if (format === 'json') {
    const report = JSON.parse(file.body) as Record<string, unknown>;
    return { ...file, body: `${JSON.stringify({ ...report, timeline: timelineReport(log) }, null, 2)}\n` };
  }
  if (format === 'html') {
    const at = file.body.lastIndexOf('</body>');
    const section = buildTimelineHtml(log);
    const body = at === -1 ? file.body + section : `${file.body.slice(0, at)}${section}\n${file.body.slice(at)}`;
    return { ...file, body };
  }
  if (format === 'md') return { ...file, body: `${file.body.trimEnd()}\n\n${timelineMarkdown(log)}` };
  return {
    ...file,
    filename: file.filename.replace(/^cookies-/, 'timeline-'),
    body: buildTimelineCsv([log]),
  };
}

function timelineMarkdown(log: SiteLog): string {
  const r = timelineReport(log);
  const out = ['## Timeline', ''];
  if (r.dropped > 0) out.push(`${r.dropped} older events not kept (storage budget).`, '');
  for (const v of r.visits)
    out.push(`- Visit ${v.at} ${escapeMarkdown(v.url, { lineStart: false })}: ${v.firstSeconds}`);
  out.push(
    '',
    '| Time | Event | Cookie | Category | What changed | Who set it |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const e of r.events) {
    const cells = [
      e.at,
      e.kind,
      `${e.name} (${e.domain})`,
      e.category,
      e.consent ?? changesText(e.changes),
      setByText(e.setBy),
    ];
    out.push(`| ${cells.map((c) => escapeMarkdown(c, { lineStart: false })).join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}
