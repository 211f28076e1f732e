import { allSitesReportChunks, type Chunks, reportChunks, textChunks } from '../core/report/index';
import type { SiteAudit } from '../core/types';
import type { CliFormat } from './parse-args';

export interface RenderOptions {
  format: CliFormat;
  includeValues: boolean;
  version: string;
  /** ISO time of the run, for all-sites output. */
  generatedAt: string;
}

/**
 * One audited page gives a site report; a grouped jar gives the all-sites report of each format. Returned as
 * chunks (per site, per cookie) for the caller to stream.
 */
export function render(audits: readonly SiteAudit[], single: boolean, o: RenderOptions): Chunks {
  if (o.format === 'table') return textChunks(audits, { includeValues: o.includeValues });
  const options = { format: o.format, includeValues: o.includeValues, extensionVersion: o.version };
  const [first] = audits;
  if (single && first) return reportChunks(first, options);
  return allSitesReportChunks(audits, { ...options, generatedAt: o.generatedAt });
}
