import type { SiteAudit } from '../types';
import { buildCsv } from './csv';
import { filenameSite, reportFilename } from './filename';
import { buildAllSitesHtml, buildHtml } from './html';
import { buildAllSitesJson, buildJson, latestGeneratedAt } from './json';
import { buildAllSitesMarkdown, buildMarkdown } from './markdown';
import type { MultiSiteReportOptions, ReportFile, ReportFormat, ReportOptions } from './options';

export type { AllSitesReportV1, CookieReportV1, SiteReportV1 } from './json';
export { SCHEMA_VERSION } from './json';
export type { MultiSiteReportOptions, ReportFile, ReportFormat, ReportOptions } from './options';
export { REPORT_FORMATS } from './options';
export { buildTextReport } from './text';
export { filenameSite, reportFilename };

const MIME: Record<ReportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8; header=present',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** One site's report as a file ready to download: `cookies-<site>-<YYYY-MM-DD>.<ext>`. */
export function buildReport(audit: SiteAudit, options: ReportOptions & { format: ReportFormat }): ReportFile {
  const { format } = options;
  const body =
    format === 'json'
      ? buildJson(audit, options)
      : format === 'csv'
        ? buildCsv([audit], options)
        : format === 'md'
          ? buildMarkdown(audit, options)
          : buildHtml(audit, options);
  const filename = reportFilename(
    audit.site || audit.pageUrl,
    audit.generatedAt,
    format,
    options.includeValues === true,
  );
  return { filename, mime: MIME[format], body };
}

/** "Export all sites": `cookies-all-sites-<YYYY-MM-DD>.<ext>`, one section, row set or JSON entry per site. */
export function buildAllSitesReport(
  audits: readonly SiteAudit[],
  options: MultiSiteReportOptions & { format: ReportFormat },
): ReportFile {
  const { format } = options;
  const generatedAt = options.generatedAt ?? latestGeneratedAt(audits);
  const opts = { ...options, generatedAt };
  const body =
    format === 'json'
      ? buildAllSitesJson(audits, opts)
      : format === 'csv'
        ? buildCsv(audits, opts)
        : format === 'md'
          ? buildAllSitesMarkdown(audits, opts)
          : buildAllSitesHtml(audits, opts);
  const filename = reportFilename('all-sites', generatedAt, format, options.includeValues === true);
  return { filename, mime: MIME[format], body };
}
