import type { SiteAudit } from '../types';
import { type Chunks, joinChunks } from './chunks';
import { csvChunks } from './csv';
import { exportSite } from './export-site';
import { exportUrl } from './export-url';
import { filenameSite, reportFilename } from './filename';
import { allSitesHtmlChunks, htmlChunks } from './html';
import { allSitesJsonChunks, jsonChunks, latestGeneratedAt } from './json';
import { allSitesMarkdownChunks, markdownChunks } from './markdown';
import type { MultiSiteReportOptions, ReportFile, ReportFormat, ReportOptions } from './options';

export type { Chunks } from './chunks';
export { joinChunks } from './chunks';
export type { AllSitesReportV1, CookieReportV1, SiteReportV1 } from './json';
export { SCHEMA_VERSION } from './json';
export type { MultiSiteReportOptions, ReportFile, ReportFormat, ReportOptions } from './options';
export { REPORT_FORMATS } from './options';
export { buildTextReport, textChunks } from './text';
export { filenameSite, reportFilename };

const MIME: Record<ReportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8; header=present',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** One site's report, chunk by chunk (per site, per cookie): what the CLI streams to a file or a pipe. */
export function reportChunks(audit: SiteAudit, options: ReportOptions & { format: ReportFormat }): Chunks {
  switch (options.format) {
    case 'json':
      return jsonChunks(audit, options);
    case 'csv':
      return csvChunks([audit], options);
    case 'md':
      return markdownChunks(audit, options);
    case 'html':
      return htmlChunks(audit, options);
  }
}

/** Every site's report, chunk by chunk. */
export function allSitesReportChunks(
  audits: readonly SiteAudit[],
  options: MultiSiteReportOptions & { format: ReportFormat },
): Chunks {
  const opts = { ...options, generatedAt: options.generatedAt ?? latestGeneratedAt(audits) };
  switch (options.format) {
    case 'json':
      return allSitesJsonChunks(audits, opts);
    case 'csv':
      return csvChunks(audits, opts);
    case 'md':
      return allSitesMarkdownChunks(audits, opts);
    case 'html':
      return allSitesHtmlChunks(audits, opts);
  }
}

/** One site's report as a file ready to download: `cookies-<site>-<YYYY-MM-DD>.<ext>`. */
export function buildReport(audit: SiteAudit, options: ReportOptions & { format: ReportFormat }): ReportFile {
  const { format } = options;
  const filename = reportFilename(
    exportSite(audit.site) || exportUrl(audit.pageUrl, false),
    audit.generatedAt,
    format,
    options.includeValues === true,
  );
  return { filename, mime: MIME[format], body: joinChunks(reportChunks(audit, options)) };
}

/** "Export all sites": `cookies-all-sites-<YYYY-MM-DD>.<ext>`, one section, row set or JSON entry per site. */
export function buildAllSitesReport(
  audits: readonly SiteAudit[],
  options: MultiSiteReportOptions & { format: ReportFormat },
): ReportFile {
  const generatedAt = options.generatedAt ?? latestGeneratedAt(audits);
  const filename = reportFilename('all-sites', generatedAt, options.format, options.includeValues === true);
  return {
    filename,
    mime: MIME[options.format],
    body: joinChunks(allSitesReportChunks(audits, { ...options, generatedAt })),
  };
}
