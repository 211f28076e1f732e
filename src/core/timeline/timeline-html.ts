import { clip } from '../clip';
import { displayText } from '../display-text';
import { escapeHtml } from '../report/escape';
import { TABLE_NAME_CHARS } from '../report/limits';
import { buildChartSvg } from './chart-svg';
import type { SiteLog } from './site-log';
import { changesText, setByText, timelineReport } from './timeline-export';
import { groupByVisit } from './visit-groups';

/** Rows per visit in the HTML section; the JSON and CSV exports carry every event. */
const MAX_ROWS = 500;

function text(s: string): string {
  return escapeHtml(displayText(s));
}

/**
 * The HTML report's timeline section: the chart as static SVG (no script: the report's CSP forbids it) and the
 * events by visit, newest first. Every name and URL escaped.
 */
export function buildTimelineHtml(log: SiteLog, headingLevel = 2): string {
  const h = `h${headingLevel}`;
  const report = timelineReport(log);
  const out = [
    `<section class="timeline">`,
    `<${h}>Timeline</${h}>`,
    buildChartSvg(log.site, groupByVisit(log.events, log.visits)),
  ];
  if (log.dropped > 0) out.push(`<p class="meta">${log.dropped} older events not kept (storage budget).</p>`);
  for (const v of report.visits)
    out.push(`<p class="meta">Visit ${text(v.at)} ${text(v.url)}: ${text(v.firstSeconds)}</p>`);
  if (report.events.length === 0) out.push('<p>No cookie events recorded.</p>');
  else {
    out.push(
      '<table>',
      '<thead><tr><th>Time</th><th>Event</th><th>Cookie</th><th>Category</th><th>What changed</th><th>Who set it</th></tr></thead>',
      '<tbody>',
    );
    for (const e of report.events.slice(0, MAX_ROWS)) {
      out.push(
        `<tr><td>${text(e.at)}</td><td>${text(e.kind)}</td>` +
          `<td class="name">${text(clip(e.name, { chars: TABLE_NAME_CHARS }))} (${text(e.domain)})</td>` +
          `<td>${text(e.category)}</td><td>${text(e.consent ?? changesText(e.changes))}</td><td>${text(setByText(e.setBy))}</td></tr>`,
      );
    }
    out.push('</tbody>', '</table>');
    if (report.events.length > MAX_ROWS) {
      out.push(`<p class="meta">${report.events.length - MAX_ROWS} more events in the JSON and CSV exports.</p>`);
    }
  }
  out.push('</section>');
  return out.join('\n');
}
