import { buildAllSitesReport, buildReport, buildTextReport } from '../core/report/index';
import type { SiteAudit } from '../core/types';
import type { CliFormat } from './parse-args';

export interface RenderOptions {
  format: CliFormat;
  includeValues: boolean;
  version: string;
  /** ISO time of the run, for all-sites output. */
  generatedAt: string;
}

/** One audited page gives a site report; a grouped jar gives the all-sites report of each format. */
export function render(audits: readonly SiteAudit[], single: boolean, o: RenderOptions): string {
  if (o.format === 'table') return buildTextReport(audits, { includeValues: o.includeValues });
  const options = { format: o.format, includeValues: o.includeValues, extensionVersion: o.version };
  const [first] = audits;
  if (single && first) return buildReport(first, options).body;
  return buildAllSitesReport(audits, { ...options, generatedAt: o.generatedAt }).body;
}
